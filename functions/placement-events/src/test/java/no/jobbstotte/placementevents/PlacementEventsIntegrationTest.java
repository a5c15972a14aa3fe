package no.jobbstotte.placementevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.StoredPlacements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/** The handler behind PlacementEventsQueue, against the local cloud built from template.yaml. */
class PlacementEventsIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String specialist = "js-" + UUID.randomUUID();
    private final Events events = new Events(specialist);

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void referredTrialFollowUp_knownSpecialist_storesThePlannedNextDueDates() {
        registerSpecialist(specialist);

        send(events.referred("e1", "2026-03-02T09:00:00Z"));
        send(events.trialStarted("e2", "2026-03-05T09:00:00Z", "2026-04-01"));
        send(events.followUpDone("e3", "2026-03-06T09:00:00Z", "both"));

        Map<String, AttributeValue> item = awaitPlacement(events.placementId, i -> revision(i) == 3);
        assertThat(item.get("phase").s()).isEqualTo("TRIAL");
        assertThat(item.get("paused").bool()).isFalse();
        assertThat(item.get("specialistId").s()).isEqualTo(specialist);
        assertThat(item.get("teamId").s()).isEqualTo(Events.TEAM);
        assertThat(item.get("municipalityNumber").s()).isEqualTo("1506");
        assertThat(item.get("activeSpecialistId").s()).isEqualTo(specialist);
        // Trial plan: weekly with both parties, counted from the follow-up on Friday 6 March.
        assertThat(item.get("participantDue").s()).isEqualTo("2026-03-13");
        assertThat(item.get("participantDueReason").s()).isEqualTo("utprøving");
        assertThat(item.get("employerDue").s()).isEqualTo("2026-03-13");
        assertThat(item.get("dueKey").s()).isEqualTo("2026-03-13#" + events.placementId);
        assertThat(item).doesNotContainKey("orphanTeamId");
        assertThat(receiveDeadLetters()).isEmpty();
    }

    @Test
    void sameEvents_shuffledAndEachSentTwice_endInTheSameItemAsInOrder() {
        Events inOrder = new Events(specialist);
        Events shuffled = new Events(specialist);
        List<String> ordered = lifecycle(inOrder);
        List<String> deliveries = new ArrayList<>(lifecycle(shuffled));
        deliveries.addAll(lifecycle(shuffled));
        Collections.shuffle(deliveries, new Random(20261125L));

        ordered.forEach(this::send);
        deliveries.forEach(this::send);

        Map<String, AttributeValue> expected = awaitPlacement(inOrder.placementId, i -> revision(i) == ordered.size());
        Map<String, AttributeValue> actual = awaitPlacement(shuffled.placementId, i -> revision(i) == ordered.size());
        assertThat(contract(actual, shuffled.placementId)).isEqualTo(contract(expected, inOrder.placementId));
    }

    @Test
    void paused_placement_hasNoDueKeyButStaysOnTheCaseload() {
        send(events.referred("e1", "2026-03-02T09:00:00Z"));
        send(events.paused("e2", "2026-03-03T09:00:00Z"));

        Map<String, AttributeValue> item = awaitPlacement(events.placementId, i -> revision(i) == 2);
        assertThat(item.get("paused").bool()).isTrue();
        assertThat(item).doesNotContainKeys("dueKey", "participantDue", "employerDue");
        assertThat(item.get("activeSpecialistId").s()).isEqualTo(specialist);
    }

    @Test
    void ended_placement_leavesTheCaseloadIndexButKeepsTheRenewedJobSearchContact() {
        send(events.referred("e1", "2026-03-02T09:00:00Z"));
        send(events.ended("e2", "2026-03-03T09:00:00Z", "moved_away"));

        Map<String, AttributeValue> item = awaitPlacement(events.placementId, i -> revision(i) == 2);
        assertThat(item.get("phase").s()).isEqualTo("ENDED");
        assertThat(item).doesNotContainKeys("activeSpecialistId", "employerDue");
        assertThat(item.get("dueKey").s()).isEqualTo("2026-03-10#" + events.placementId);
        assertThat(item.get("participantDueReason").s()).isEqualTo("ny jobbsøking");
    }

    @Test
    void unknownSpecialist_isOrphanedUntilKnownAndTheNextEventArrives() {
        send(events.referred("e1", "2026-03-02T09:00:00Z"));
        Map<String, AttributeValue> orphan = awaitPlacement(events.placementId, i -> revision(i) == 1);
        assertThat(orphan.get("orphanTeamId").s()).isEqualTo(Events.TEAM);

        registerSpecialist(specialist);
        send(events.followUpDone("e2", "2026-03-04T09:00:00Z", "participant"));

        Map<String, AttributeValue> adopted = awaitPlacement(events.placementId, i -> revision(i) == 2);
        assertThat(adopted).doesNotContainKey("orphanTeamId");
    }

    @Test
    void badEvents_goToTheDeadLetterQueueWithAReasonAndNothingIsStored() {
        String malformed = "{\"type\":\"referred\",";
        String invalid = events.referred("e1", "2026-03-02T09:00:00Z").replace("\"1506\"", "\"15\"");

        send(malformed);
        send(invalid);

        List<Message> dead = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            dead.addAll(receiveDeadLetters());
            return dead.size() >= 2;
        });
        assertThat(dead).extracting(Message::body).containsExactlyInAnyOrder(malformed, invalid);
        assertThat(dead).allSatisfy(m -> assertThat(m.messageAttributes().get("RejectReason").stringValue()).isNotBlank());
        assertThat(dead).filteredOn(m -> m.body().equals(invalid)).singleElement()
                .satisfies(m -> assertThat(m.messageAttributes().get("RejectReason").stringValue())
                        .contains("municipalityNumber"));
        assertThat(getItem("PlacementsTable", "placementId", events.placementId)).isEmpty();
    }

    private static List<String> lifecycle(Events e) {
        return List.of(
                e.referred("e1", "2026-03-02T09:00:00Z"),
                e.trialStarted("e2", "2026-03-05T09:00:00Z", "2026-04-01"),
                e.followUpDone("e3", "2026-03-06T09:00:00Z", "both"),
                e.paused("e4", "2026-03-09T09:00:00Z"),
                e.followUpDone("e5", "2026-03-12T09:00:00Z", "participant"));
    }

    /** Every attribute, as text, with the placement id made neutral so two placements compare. */
    private static Map<String, String> contract(Map<String, AttributeValue> item, String placementId) {
        return StoredPlacements.neutral(item, placementId);
    }

    private void registerSpecialist(String specialistId) {
        send(Events.specialistUpserted("d-" + UUID.randomUUID(), specialistId));
        await().atMost(PATIENCE).until(() -> !getItem("DirectoryTable", "personId", specialistId).isEmpty());
    }

    private void send(String body) {
        cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl("PlacementEventsQueue")).messageBody(body));
    }

    private List<Message> receiveDeadLetters() {
        return cloud().sqs().receiveMessage(r -> r.queueUrl(cloud().queueUrl("PlacementEventsDeadLetterQueue"))
                .maxNumberOfMessages(10).messageAttributeNames("All")).messages();
    }

    private static Map<String, AttributeValue> awaitPlacement(String placementId, Predicate<Map<String, AttributeValue>> done) {
        return await().atMost(PATIENCE).until(() -> getItem("PlacementsTable", "placementId", placementId),
                item -> !item.isEmpty() && done.test(item));
    }

    private static Map<String, AttributeValue> getItem(String table, String key, String id) {
        Map<String, AttributeValue> item = cloud().dynamoDb().getItem(r -> r.tableName(cloud().tableName(table))
                .consistentRead(true).key(Map.of(key, AttributeValue.fromS(id)))).item();
        return item == null ? Map.of() : item;
    }

    private static long revision(Map<String, AttributeValue> item) {
        return Long.parseLong(item.get("revision").n());
    }
}
