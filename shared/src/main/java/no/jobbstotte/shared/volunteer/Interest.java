package no.jobbstotte.shared.volunteer;

import java.util.Arrays;
import java.util.Optional;

/** What a volunteer (frivillig) wants to help with; the code is the wire value, the label Norwegian. */
public enum Interest {
    SOCIAL_EVENINGS("social-evenings", "Sosiale kvelder"),
    TRIPS("trips", "Turer og utflukter"),
    SPORTS("sports", "Idrett og trening"),
    MENTORING("mentoring", "Mentor for en arbeidstaker");

    private final String code;
    private final String label;

    Interest(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Interest> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
