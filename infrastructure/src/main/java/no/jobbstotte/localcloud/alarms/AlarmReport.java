package no.jobbstotte.localcloud.alarms;

import java.math.BigDecimal;
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

    /** A count without decimals, a rate with at most two. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
