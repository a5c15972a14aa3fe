package no.jobbstotte.remindersender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The whole reminder path on the local cloud: case-system events on the queue, PlacementEvents
 * keeping the state, the 07:00 schedule, and the digest read back from the SES emulator.
 */
class FollowUpEndToEndTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private final LocalCloud cloud = CLOUD.cloud();
    private final String team = "team-" + UUID.randomUUID();
    private final String lead = "lead-" + UUID.randomUUID();
    private final String specialist = "js-" + UUID.randomUUID();
    private final String email = specialist + "@example.no";

    @Test
    void events_duplicatedAndShuffled_giveOneDigestOnTheDueDay() {
        String active = "plc-" + UUID.randomUUID();
        String paused = "plc-" + UUID.randomUUID();
        List<InboundEvent> events = new ArrayList<>(directory());
        events.addAll(trialWithFollowUp(active));
        events.addAll(trialWithFollowUp(paused));
        events.add(new PlacementEvent.Paused(header(paused, LocalDate.parse("2026-06-04"))));
        List<InboundEvent> delivery = new ArrayList<>(events);
        delivery.addAll(events);
        Collections.shuffle(delivery, new Random(42));
        // Directory first: a placement event before its specialist is known is reported as an
        // orphan until the next event, which is not what this test is about.
        directory().forEach(this::send);
        delivery.forEach(this::send);

        await().atMost(Duration.ofSeconds(30)).until(() -> dueKey(active).isPresent() && isPaused(paused));
        cloud.schedules().fireAt("FollowUpSchedulerFunction", Instant.parse("2026-06-10T05:00:00Z"));

        SentEmail digest = await().atMost(Duration.ofSeconds(30)).until(this::mailsToSpecialist, mails -> !mails.isEmpty()).get(0);
        assertThat(digest.subject()).startsWith("Oppfølginger i dag");
        assertThat(digest.text()).contains(active).doesNotContain(paused);
        cloud.schedules().fireAt("FollowUpSchedulerFunction", Instant.parse("2026-06-10T05:00:00Z"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailsToSpecialist().size() == 1);
        assertThat(cloud.sqs().receiveMessage(r -> r.queueUrl(cloud.queueUrl("PlacementEventsDeadLetterQueue"))).messages())
                .isEmpty();
    }

    private List<InboundEvent> directory() {
        return List.of(
                new DirectoryEvent.TeamLeadUpserted("d-" + lead, lead, team, "Test Teamleder", lead + "@example.no"),
                new DirectoryEvent.SpecialistUpserted("d-" + specialist, specialist, "Test Spesialist", email, team, lead));
    }

    private List<PlacementEvent> trialWithFollowUp(String placementId) {
        return List.of(
                new PlacementEvent.Referred(header(placementId, LocalDate.parse("2026-06-01"))),
                new PlacementEvent.TrialStarted(header(placementId, LocalDate.parse("2026-06-02")), LocalDate.parse("2026-06-30")),
                new PlacementEvent.FollowUpDone(header(placementId, LocalDate.parse("2026-06-03")), PlacementEvent.Met.BOTH));
    }

    private EventHeader header(String placementId, LocalDate day) {
        Instant at = LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(WorkingDays.OSLO).toInstant();
        return new EventHeader(placementId + "-" + day + "-" + UUID.randomUUID(), placementId, specialist, team, "1506",
                Optional.of("964951284"), at);
    }

    private void send(InboundEvent event) {
        cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl("PlacementEventsQueue")).messageBody(PlacementEventJson.write(event)));
    }

    private Optional<String> dueKey(String placementId) {
        Map<String, AttributeValue> item = item(placementId);
        return item == null || !item.containsKey("dueKey") ? Optional.empty() : Optional.of(item.get("dueKey").s());
    }

    private boolean isPaused(String placementId) {
        Map<String, AttributeValue> item = item(placementId);
        return item != null && Boolean.TRUE.equals(item.get("paused").bool());
    }

    private Map<String, AttributeValue> item(String placementId) {
        Map<String, AttributeValue> item = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("PlacementsTable"))
                .key(Map.of("placementId", AttributeValue.fromS(placementId)))).item();
        return item == null || item.isEmpty() ? null : item;
    }

    private List<SentEmail> mailsToSpecialist() {
        return cloud.mailbox().sent().stream().filter(m -> m.to().contains(email)).toList();
    }
}
