package no.jobbstotte.benchmarks.launcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Event files are {@code key=value} lines, written by the driver; the first line is
 * {@code type=none|sqs|scheduled|http}. Event classes are only touched for the type in use, so
 * the JVM floor ({@code none}) loads none of them.
 */
final class Events {

    private Events() {}

    static Object build(List<String> lines) {
        Map<String, String> single = new HashMap<>();
        List<String[]> all = new ArrayList<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            single.put(key, value);
            all.add(new String[] {key, value});
        }
        String type = single.getOrDefault("type", "none");
        return switch (type) {
            case "none" -> "";
            case "sqs" -> SqsEvents.build(single, all);
            case "scheduled" -> ScheduledEvents.build(single);
            case "http" -> HttpEvents.build(single, all);
            default -> throw new IllegalArgumentException("unknown event type " + type);
        };
    }

    static String summary(Object result) {
        if (result == null) {
            return "null";
        }
        String text = result instanceof CharSequence s ? s.toString() : Summaries.of(result);
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
