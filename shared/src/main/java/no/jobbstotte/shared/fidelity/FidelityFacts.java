package no.jobbstotte.shared.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the IPS fidelity indicators read of one placement: ids and Oslo dates only, so no one can be
 * told apart. The PlacementsTable owner builds it from the stored placement (the reducer's derived
 * state), for a team's weekly figures and for the nightly publication alike.
 *
 * @param specialistId the specialist responsible now; an earlier week's figure credits this one too
 * @param active on a caseload now: not ended (a paused placement counts)
 * @param firstEmployerContactOn the first face-to-face contact about a job with an employer, by the
 *     participant or the specialist (a face-to-face {@code employer_contact} or an interview), on or
 *     after referral
 * @param lastFollowUpOn the last follow-up done, whoever was met
 * @param employerContacts the employer contacts made in job development on this placement's behalf,
 *     oldest first, at least those of the last {@link #CONTACT_WINDOW_DAYS} days before the newest
 */
public record FidelityFacts(
        String placementId,
        String specialistId,
        String teamId,
        String municipalityNumber,
        boolean active,
        Optional<LocalDate> referredOn,
        Optional<LocalDate> hiredOn,
        Optional<LocalDate> endedOn,
        Optional<LocalDate> firstEmployerContactOn,
        Optional<LocalDate> lastFollowUpOn,
        List<EmployerContact> employerContacts) {

    /**
     * How far back contacts are kept: a quarter is published on the 15th after it ends, so the
     * oldest contact a publication needs is at most 92 + 15 days old; the weekly mail needs five weeks.
     */
    public static final int CONTACT_WINDOW_DAYS = 120;

    public FidelityFacts {
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(specialistId, "specialistId");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(municipalityNumber, "municipalityNumber");
        Objects.requireNonNull(referredOn, "referredOn");
        Objects.requireNonNull(hiredOn, "hiredOn");
        Objects.requireNonNull(endedOn, "endedOn");
        Objects.requireNonNull(firstEmployerContactOn, "firstEmployerContactOn");
        Objects.requireNonNull(lastFollowUpOn, "lastFollowUpOn");
        employerContacts = List.copyOf(employerContacts);
    }

    /** One employer contact in job development, credited to the specialist who made it. */
    public record EmployerContact(LocalDate on, boolean faceToFace, String specialistId) {
        public EmployerContact {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(specialistId, "specialistId");
        }
    }
}
