package no.jobbstotte.shared.followup.digest;

import java.util.Objects;

/** A job specialist (jobbspesialist) as the directory knows them: who receives a digest. */
public record JobSpecialist(String specialistId, String displayName, String workEmail, String teamId,
        String teamLeadId) {
    public JobSpecialist {
        Objects.requireNonNull(specialistId, "specialistId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(workEmail, "workEmail");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamLeadId, "teamLeadId");
    }
}
