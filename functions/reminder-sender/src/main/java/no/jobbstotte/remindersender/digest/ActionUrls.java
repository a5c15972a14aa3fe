package no.jobbstotte.remindersender.digest;

import java.util.Optional;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/** The "Utført" link of one follow-up in a digest; none where a mail has no links (team leads, the SnapStart prime). */
@FunctionalInterface
public interface ActionUrls {

    ActionUrls NONE = item -> Optional.empty();

    Optional<String> done(DueFollowUp item);
}
