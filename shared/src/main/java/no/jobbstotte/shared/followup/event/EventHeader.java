package no.jobbstotte.shared.followup.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every placement event carries. {@code specialistId} and {@code teamId} are those
 * responsible when the event occurred; {@code employerOrgNumber} is absent until an employer is
 * known. Only ids: the case system keeps the personal data.
 */
public record EventHeader(
        String eventId,
        String placementId,
        String specialistId,
        String teamId,
        String municipalityNumber,
        Optional<String> employerOrgNumber,
        Instant occurredAt) {

    public EventHeader {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(specialistId, "specialistId");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(municipalityNumber, "municipalityNumber");
        Objects.requireNonNull(employerOrgNumber, "employerOrgNumber");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
