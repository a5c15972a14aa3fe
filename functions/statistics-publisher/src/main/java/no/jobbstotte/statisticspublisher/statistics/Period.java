package no.jobbstotte.statisticspublisher.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A statistics period (periode): a year, a quarter (kvartal), a month or a single day. Ids follow
 * Statistics Norway's style: {@code 2026}, {@code 2026K1}, {@code 2026M01}, {@code 2026-11-25}.
 */
public record Period(Kind kind, int year, int number, LocalDate day) {

    public enum Kind { YEAR, QUARTER, MONTH, DAY }

    private static final String[] MONTHS = {"januar", "februar", "mars", "april", "mai", "juni", "juli",
        "august", "september", "oktober", "november", "desember"};

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0, null);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter, null);
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, year, month, null);
    }

    public static Period month(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    public static Period day(LocalDate day) {
        return new Period(Kind.DAY, day.getYear(), day.getDayOfYear(), day);
    }

    public String id() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "K" + number;
            // Not String.format: it loads the locale's number formatting on a cold start.
            case MONTH -> year + (number < 10 ? "M0" : "M") + number;
            case DAY -> day.toString();
        };
    }

    /** Norwegian label, e.g. "2026", "1. kvartal 2026", "januar 2026", "25. november 2026". */
    public String label() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> number + ". kvartal " + year;
            case MONTH -> MONTHS[number - 1] + " " + year;
            case DAY -> day.getDayOfMonth() + ". " + MONTHS[day.getMonthValue() - 1] + " " + year;
        };
    }

    /** The period this one adds up into: month → quarter → year; none for years and days. */
    public Optional<Period> parent() {
        return switch (kind) {
            case MONTH -> Optional.of(quarter(year, (number - 1) / 3 + 1));
            case QUARTER -> Optional.of(year(year));
            case YEAR, DAY -> Optional.empty();
        };
    }
}
