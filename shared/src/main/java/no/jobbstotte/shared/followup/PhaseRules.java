package no.jobbstotte.shared.followup;

import java.util.Optional;

/** A phase's rules for each party; an absent rule means no follow-up with that party. */
public record PhaseRules(Optional<FollowUpRule> participant, Optional<FollowUpRule> employer) {
    public static final PhaseRules NONE = new PhaseRules(Optional.empty(), Optional.empty());

    public Optional<FollowUpRule> forParty(Party party) {
        return party == Party.PARTICIPANT ? participant : employer;
    }
}
