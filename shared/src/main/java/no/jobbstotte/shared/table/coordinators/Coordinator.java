package no.jobbstotte.shared.table.coordinators;

import java.util.Objects;

/** The volunteer coordinator (frivillighetskoordinator) of one municipality; a work address. */
public record Coordinator(String municipalityNumber, String name, String email) {
    public Coordinator {
        Objects.requireNonNull(municipalityNumber, "municipalityNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
