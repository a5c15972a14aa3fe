package no.jobbstotte.shared.table.placements;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.Phase;
import no.jobbstotte.shared.followup.Placement;

/**
 * One follow-up due with one party of a placement, as the digests list it. {@code participantRef}
 * is what the case system chose to show the specialist (initials or a first name), never a
 * national id; it may be absent. {@code jobSearch}: the placement is in job search (phase
 * REFERRED), where the digest offers to record an employer contact.
 */
public record DueFollowUp(String placementId, String specialistId, Optional<String> participantRef,
        Party party, LocalDate dueOn, String reason, boolean jobSearch) {

    /** A follow-up of a placement not in job search. */
    public DueFollowUp(String placementId, String specialistId, Optional<String> participantRef, Party party,
            LocalDate dueOn, String reason) {
        this(placementId, specialistId, participantRef, party, dueOn, reason, false);
    }

    public DueFollowUp {
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(specialistId, "specialistId");
        Objects.requireNonNull(participantRef, "participantRef");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(reason, "reason");
    }

    /** The placement's due follow-ups, participant first. */
    public static Stream<DueFollowUp> of(Placement placement, Optional<String> participantRef) {
        return Stream.of(Party.values()).flatMap(party -> placement.nextDue(party).stream()
                .map(due -> new DueFollowUp(placement.placementId(), placement.specialistId(),
                        participantRef, party, due.dueOn(), due.reason(), placement.phase() == Phase.REFERRED)));
    }
}
