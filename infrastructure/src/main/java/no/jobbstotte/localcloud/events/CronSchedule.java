package no.jobbstotte.localcloud.events;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An EventBridge schedule expression, {@code cron(min hour day-of-month month day-of-week year)}
 * or {@code rate(n unit)}, evaluated in the schedule's own time zone, so a 07:00 Europe/Oslo
 * schedule stays at 07:00 local time across daylight-saving changes.
 */
public final class CronSchedule {

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final BitSet years;
    private final Duration rate;

    private CronSchedule(String expression, BitSet minutes, BitSet hours, BitSet daysOfMonth, BitSet months,
            BitSet daysOfWeek, BitSet years, Duration rate) {
        this.expression = expression;
        this.minutes = minutes;
        this.hours = hours;
        this.daysOfMonth = daysOfMonth;
        this.months = months;
        this.daysOfWeek = daysOfWeek;
        this.years = years;
        this.rate = rate;
    }

    public static CronSchedule parse(String expression) {
        String trimmed = expression.trim();
        if (trimmed.startsWith("rate(") && trimmed.endsWith(")")) {
            return new CronSchedule(trimmed, null, null, null, null, null, null, rate(trimmed.substring(5, trimmed.length() - 1)));
        }
        if (!trimmed.startsWith("cron(") || !trimmed.endsWith(")")) {
            throw new IllegalArgumentException("not a schedule expression: " + expression);
        }
        String[] fields = trimmed.substring(5, trimmed.length() - 1).trim().split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException("cron needs six fields (minutes hours day-of-month month day-of-week year): " + expression);
        }
        if (!fields[2].equals("?") && !fields[4].equals("?")) {
            throw new IllegalArgumentException("cron: one of day-of-month and day-of-week must be '?': " + expression);
        }
        return new CronSchedule(trimmed,
                field(fields[0], 0, 59, List.of(), 0),
                field(fields[1], 0, 23, List.of(), 0),
                field(fields[2], 1, 31, List.of(), 0),
                field(fields[3], 1, 12, MONTHS, 1),
                field(fields[4], 1, 7, DAYS, 1),
                field(fields[5], 1970, 2199, List.of(), 0),
                null);
    }

    public String expression() {
        return expression;
    }

    /** The first firing strictly after {@code after}; empty when the schedule never fires again. */
    public Optional<Instant> nextAfter(Instant after, ZoneId zone) {
        if (rate != null) {
            return Optional.of(after.plus(rate));
        }
        ZonedDateTime start = after.atZone(zone);
        LocalDate day = start.toLocalDate();
        for (int i = 0; i < 366 * 5; i++, day = day.plusDays(1)) {
            if (!matches(day)) {
                continue;
            }
            for (int hour = hours.nextSetBit(0); hour >= 0; hour = hours.nextSetBit(hour + 1)) {
                for (int minute = minutes.nextSetBit(0); minute >= 0; minute = minutes.nextSetBit(minute + 1)) {
                    Instant candidate = ZonedDateTime.ofLocal(day.atTime(LocalTime.of(hour, minute)), zone, null).toInstant();
                    if (candidate.isAfter(after)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean matches(LocalDate day) {
        int dayOfWeek = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : day.getDayOfWeek().getValue() + 1;
        return years.get(day.getYear()) && months.get(day.getMonthValue())
                && daysOfMonth.get(day.getDayOfMonth()) && daysOfWeek.get(dayOfWeek);
    }

    private static BitSet field(String text, int min, int max, List<String> names, int nameBase) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.toUpperCase(Locale.ROOT).split(",")) {
            if (part.equals("*") || part.equals("?")) {
                bits.set(min, max + 1);
                continue;
            }
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = Integer.parseInt(part.substring(slash + 1));
                part = part.substring(0, slash);
            }
            int from;
            int to;
            if (part.equals("*")) {
                from = min;
                to = max;
            } else if (part.contains("-")) {
                String[] range = part.split("-", 2);
                from = value(range[0], names, nameBase, min, max);
                to = value(range[1], names, nameBase, min, max);
            } else {
                from = value(part, names, nameBase, min, max);
                to = slash >= 0 ? max : from;
            }
            if (step < 1 || from > to) {
                throw new IllegalArgumentException("cron: bad range '" + part + "'");
            }
            for (int v = from; v <= to; v += step) {
                bits.set(v);
            }
        }
        return bits;
    }

    private static int value(String token, List<String> names, int nameBase, int min, int max) {
        int index = names.indexOf(token);
        int value;
        if (index >= 0) {
            value = index + nameBase;
        } else if (token.matches("\\d+")) {
            value = Integer.parseInt(token);
        } else {
            throw new IllegalArgumentException("cron: unsupported token '" + token + "' (L, W and # are not supported locally)");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("cron: " + value + " is outside " + min + "-" + max);
        }
        return value;
    }

    private static Duration rate(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("rate needs a value and a unit: " + text);
        }
        long amount = Long.parseLong(parts[0]);
        return switch (parts[1].toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
            case "minute" -> Duration.ofMinutes(amount);
            case "hour" -> Duration.ofHours(amount);
            case "day" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("rate: unknown unit " + parts[1]);
        };
    }
}
