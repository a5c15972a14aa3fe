package no.jobbstotte.shared.table.placements;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One placement's current due follow-ups and who is responsible, as a digest's action link checks them. */
public interface FollowUpLookup {

    /** Read consistently: a link used right after another must see that one's effect once applied. */
    Optional<PlacementFollowUps> find(String placementId);

    /** @param due empty when the placement is paused or ended */
    record PlacementFollowUps(String placementId, String specialistId, String teamId, String municipalityNumber,
            List<DueFollowUp> due) {
        public PlacementFollowUps {
            Objects.requireNonNull(placementId, "placementId");
            Objects.requireNonNull(specialistId, "specialistId");
            Objects.requireNonNull(teamId, "teamId");
            Objects.requireNonNull(municipalityNumber, "municipalityNumber");
            due = List.copyOf(due);
        }
    }
}
