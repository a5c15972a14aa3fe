package no.jobbstotte.localcloud.alarms;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** The alarms as a short table for the console: name, what it watches, state with the observed value. */
public final class AlarmReport {

    private AlarmReport() {}

    public static String table(List<AlarmStatus> alarms) {
        int nameWidth = Math.max(5, alarms.stream().mapToInt(a -> a.name().length()).max().orElse(0));
        int watchWidth = Math.max(7, alarms.stream().mapToInt(a -> a.watches().length()).max().orElse(0));
        String row = "%-" + nameWidth + "s  %-" + watchWidth + "s  %s%n";
        StringBuilder table = new StringBuilder(String.format(row, "Alarm", "Watches", "State"));
        for (AlarmStatus alarm : alarms) {
            String state = alarm.state() + alarm.observed().stream().mapToObj(v -> " (" + number(v) + ")").findFirst().orElse("")
                    + (alarm.note().isEmpty() ? "" : ": " + alarm.note());
            table.append(String.format(row, alarm.name(), alarm.watches(), state));
        }
        return table.toString();
    }

    /** A count without decimals, a rate with at most two, a ratio under 1 (SES's 0.001) with two significant digits. */
    static String number(double value) {
        BigDecimal number = BigDecimal.valueOf(value);
        BigDecimal rounded = value != 0 && Math.abs(value) < 0.01 ? number.round(new MathContext(2, RoundingMode.HALF_UP))
                : number.setScale(2, RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().toPlainString();
    }
}
