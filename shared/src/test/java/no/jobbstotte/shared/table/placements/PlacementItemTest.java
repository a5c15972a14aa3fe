package no.jobbstotte.shared.table.placements;

import static no.jobbstotte.shared.followup.event.TestEvents.employerContact;
import static no.jobbstotte.shared.followup.event.TestEvents.ended;
import static no.jobbstotte.shared.followup.event.TestEvents.followUpDone;
import static no.jobbstotte.shared.followup.event.TestEvents.paused;
import static no.jobbstotte.shared.followup.event.TestEvents.referred;
import static no.jobbstotte.shared.followup.event.TestEvents.trialStarted;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

class PlacementItemTest {

    private static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());

    private static Placement placement(PlacementEvent... events) {
        return REDUCER.replay(List.of(events));
    }

    private static final PlacementEvent REFERRED = referred("e1", "2026-03-02T09:00:00Z");
    private static final PlacementEvent TRIAL = trialStarted("e2", "2026-03-05T09:00:00Z", "2026-04-01");
    private static final PlacementEvent MET_BOTH = followUpDone("e3", "2026-03-06T09:00:00Z", Met.BOTH);

    @Test
    void toItem_activePlacementWithDueFollowUps_hasEveryContractAttribute() {
        Map<String, AttributeValue> item = PlacementItem.toItem(placement(REFERRED, TRIAL, MET_BOTH), 4,
                SpecialistStatus.ACTIVE);

        assertThat(item.get("placementId").s()).isEqualTo("p-1");
        assertThat(item.get("specialistId").s()).isEqualTo("s-1");
        assertThat(item.get("teamId").s()).isEqualTo("t-1");
        assertThat(item.get("municipalityNumber").s()).isEqualTo("1506");
        assertThat(item.get("phase").s()).isEqualTo("TRIAL");
        assertThat(item.get("paused").bool()).isFalse();
        assertThat(item.get("activeSpecialistId").s()).isEqualTo("s-1");
        assertThat(item.get("participantDue").s()).isEqualTo("2026-03-13");
        assertThat(item.get("participantDueReason").s()).isEqualTo("utprøving");
        assertThat(item.get("employerDue").s()).isEqualTo("2026-03-13");
        assertThat(item.get("employerDueReason").s()).isEqualTo("utprøving");
        assertThat(item.get("dueKey").s()).isEqualTo("2026-03-13#p-1");
        assertThat(item.get("dueShard").s()).isEqualTo(PlacementItem.dueShard("s-1")).isIn("0", "1", "2", "3");
        assertThat(item.get("revision").n()).isEqualTo("4");
        assertThat(item.get("state").s()).as("stored compressed").isNull();
        assertThat(StateBytes.json(item.get("state"))).startsWith("{\"v\":1");
        assertThat(item).doesNotContainKeys("orphanTeamId", "participantRef");
    }

    @Test
    void toItem_fidelityAttributes_datesAndEncodedContacts() {
        Map<String, AttributeValue> item = PlacementItem.toItem(placement(REFERRED,
                employerContact("c1", "2026-03-03T09:00:00Z", false, Optional.of("923609016")),
                employerContact("c2", "2026-03-04T09:00:00Z", true, Optional.empty()), MET_BOTH), 1,
                SpecialistStatus.ACTIVE);

        assertThat(item.get("firstEmployerContactOn").s()).isEqualTo("2026-03-04");
        assertThat(item.get("lastFollowUpOn").s()).isEqualTo("2026-03-06");
        assertThat(item.get("employerContacts").l()).extracting(AttributeValue::s)
                .containsExactly("2026-03-03#other#s-1", "2026-03-04#ftf#s-1");
    }

    @Test
    void toItem_noContactsOrFollowUps_fidelityAttributesAbsent() {
        assertThat(PlacementItem.toItem(placement(REFERRED), 1, SpecialistStatus.ACTIVE))
                .doesNotContainKeys("firstEmployerContactOn", "lastFollowUpOn", "employerContacts");
    }

    @Test
    void toItem_participantAndEmployerDueOnDifferentDays_dueKeyIsTheEarlier() {
        Map<String, AttributeValue> item = PlacementItem.toItem(placement(REFERRED), 1, SpecialistStatus.ACTIVE);

        assertThat(item.get("participantDue").s()).isEqualTo("2026-03-09");
        assertThat(item.get("employerDue").s()).isEqualTo("2026-04-01");
        assertThat(item.get("dueKey").s()).isEqualTo("2026-03-09#p-1");
    }

    @Test
    void toItem_paused_hasNoDueKeyButStaysOnTheCaseload() {
        Map<String, AttributeValue> item = PlacementItem.toItem(
                placement(REFERRED, paused("e4", "2026-03-03T09:00:00Z")), 2, SpecialistStatus.ACTIVE);

        assertThat(item.get("paused").bool()).isTrue();
        assertThat(item).doesNotContainKeys("dueKey", "dueShard", "participantDue", "employerDue");
        assertThat(item.get("activeSpecialistId").s()).isEqualTo("s-1");
    }

    @Test
    void toItem_ended_leavesTheCaseloadButKeepsTheRenewedJobSearchContactDue() {
        Map<String, AttributeValue> item = PlacementItem.toItem(
                placement(REFERRED, ended("e4", "2026-03-03T09:00:00Z", "moved_away")), 2, SpecialistStatus.ACTIVE);

        assertThat(item.get("phase").s()).isEqualTo("ENDED");
        assertThat(item).doesNotContainKeys("activeSpecialistId", "employerDue");
        assertThat(item.get("dueKey").s()).isEqualTo(item.get("participantDue").s() + "#p-1");
        assertThat(item.get("participantDue").s()).isEqualTo("2026-03-10");
        assertThat(item.get("endedOn").s()).isEqualTo("2026-03-03");
        assertThat(item.get("endReason").s()).isEqualTo("moved_away");
        assertThat(item.get("referredOn").s()).isEqualTo("2026-03-02");
    }

    @Test
    void toItem_unknownOrInactiveSpecialist_marksTheTeamAsOrphanOwner() {
        Placement p = placement(REFERRED);

        assertThat(PlacementItem.toItem(p, 1, SpecialistStatus.UNKNOWN).get("orphanTeamId").s()).isEqualTo("t-1");
        assertThat(PlacementItem.toItem(p, 1, SpecialistStatus.INACTIVE).get("orphanTeamId").s()).isEqualTo("t-1");
        assertThat(PlacementItem.toItem(p, 1, SpecialistStatus.ACTIVE)).doesNotContainKey("orphanTeamId");
    }

    @Test
    void fromItem_savedItem_rebuildsTheSamePlacementAndRevision() {
        Placement p = placement(REFERRED, TRIAL, MET_BOTH);

        StoredPlacement stored = PlacementItem.fromItem(PlacementItem.toItem(p, 7, SpecialistStatus.UNKNOWN), REDUCER);

        assertThat(stored.placement()).isEqualTo(p);
        assertThat(stored.revision()).isEqualTo(7);
        assertThat(REDUCER.apply(stored.placement(), MET_BOTH)).isSameAs(stored.placement());
    }

    @Test
    void save_request_isAPutConditionalOnTheExpectedRevision() {
        DynamoDbPlacementRepository repository = new DynamoDbPlacementRepository(new DynamoDbClient() {
            @Override public String serviceName() { return "dynamodb"; }
            @Override public void close() { }
        }, "placements", REDUCER);

        PutItemRequest request = repository.request(placement(REFERRED), 3, SpecialistStatus.ACTIVE);

        assertThat(request.tableName()).isEqualTo("placements");
        assertThat(request.conditionExpression()).isEqualTo("attribute_not_exists(#id) OR #revision = :expected");
        assertThat(request.expressionAttributeNames()).containsEntry("#id", "placementId").containsEntry("#revision", "revision");
        assertThat(request.expressionAttributeValues().get(":expected").n()).isEqualTo("3");
        assertThat(request.item().get("revision").n()).isEqualTo("4");
    }
}
