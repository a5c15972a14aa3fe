package no.jobbstotte.shared.table.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class MilestonesItemTest {

    @Test
    void milestones_stagesReachedAndNot_datesOrNull() {
        PlacementMilestones milestones = MilestonesItem.milestones(Map.of(
                "municipalityNumber", AttributeValue.fromS("1506"),
                "referredOn", AttributeValue.fromS("2026-03-02"),
                "trialStartedOn", AttributeValue.fromS(" "),
                "hiredOn", AttributeValue.fromS("2026-04-16")));

        assertThat(milestones).isEqualTo(new PlacementMilestones("1506", LocalDate.parse("2026-03-02"), null,
                LocalDate.parse("2026-04-16"), null));
    }

    @Test
    void milestones_unreadableDate_throwsSoTheScanCountsItMalformed() {
        assertThatThrownBy(() -> MilestonesItem.milestones(Map.of("municipalityNumber", AttributeValue.fromS("1506"),
                "endedOn", AttributeValue.fromS("03.03.2026"))))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void projection_namesOnlyTheMilestoneAttributes() {
        assertThat(MilestonesItem.ATTRIBUTE_NAMES.values()).containsExactlyInAnyOrder(
                "municipalityNumber", "referredOn", "trialStartedOn", "hiredOn", "endedOn");
    }
}
