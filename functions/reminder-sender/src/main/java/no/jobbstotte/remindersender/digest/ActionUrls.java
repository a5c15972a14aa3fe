package no.jobbstotte.remindersender.digest;

import java.util.Optional;
import no.jobbstotte.shared.followup.actions.ActionLink;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/** The "Utført" and "Utsett" links of one follow-up in a digest; none where a mail has no links (team leads, the SnapStart prime). */
@FunctionalInterface
public interface ActionUrls {

    ActionUrls NONE = (item, action) -> Optional.empty();

    Optional<String> url(DueFollowUp item, ActionLink.Action action);
}
