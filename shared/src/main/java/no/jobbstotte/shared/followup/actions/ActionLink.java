package no.jobbstotte.shared.followup.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import no.jobbstotte.shared.followup.Party;

/**
 * What one digest link may do: one action on one follow-up (placement, party and the due date the
 * digest showed), until {@code expiresAt}. The digest signs it; FollowUpActions checks it.
 */
public record ActionLink(Action action, String placementId, Party party, LocalDate dueOn, Instant expiresAt) {

    /**
     * "Utført": the follow-up took place; "Utsett": it moves a chosen number of working days on;
     * "Registrer arbeidsgiverkontakt": an employer contact in job development for a placement in
     * job search (the follow-up named only locates the placement; it stays due).
     */
    public enum Action {
        DONE,
        POSTPONE,
        EMPLOYER_CONTACT
    }

    public ActionLink {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
