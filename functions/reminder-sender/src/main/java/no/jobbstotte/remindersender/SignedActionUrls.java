package no.jobbstotte.remindersender;

import java.time.LocalDate;
import java.util.Optional;
import no.jobbstotte.remindersender.digest.ActionUrls;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.actions.ActionLink;
import no.jobbstotte.shared.followup.actions.ActionLinkSigner;

/**
 * A digest's "Utført" and "Utsett" links, signed for that follow-up (placement, party, due date) and valid
 * {@link ActionLinkSigner#VALID_DAYS} days from the digest's date. The expiry comes from the date,
 * not the clock, so the same digest always carries the same links.
 */
final class SignedActionUrls {

    private final ActionLinkSigner signer;
    private final String baseUrl;

    SignedActionUrls(ActionLinkSigner signer, String baseUrl) {
        if (!baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("the action links' base URL must be https");
        }
        this.signer = signer;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    ActionUrls forDigest(LocalDate date) {
        var expiresAt = date.plusDays(ActionLinkSigner.VALID_DAYS + 1L).atStartOfDay(WorkingDays.OSLO).toInstant();
        return (item, action) -> Optional.of(baseUrl + "/v1/followup-actions?token=" + signer.sign(new ActionLink(
                action, item.placementId(), item.party(), item.dueOn(), expiresAt)));
    }
}
