package no.jobbstotte.shared.volunteer;

import java.util.Arrays;
import java.util.Optional;

/**
 * When a volunteer can take part. A fixed list rather than free text, so the coordinators' daily
 * notice can show it without risking anything sensitive a person might write.
 */
public enum Availability {
    WEEKDAY_DAYTIME("weekday-daytime", "Hverdager på dagtid"),
    WEEKDAY_EVENINGS("weekday-evenings", "Hverdagskvelder"),
    WEEKENDS("weekends", "Helger");

    private final String code;
    private final String label;

    Availability(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Availability> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
