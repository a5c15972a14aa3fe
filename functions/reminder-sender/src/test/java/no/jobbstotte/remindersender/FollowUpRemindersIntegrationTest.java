package no.jobbstotte.remindersender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.events.Schedules;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.batch.SqsDeadLetters;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.table.reminderslog.DynamoDbRemindersLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The scheduler and the sender together on the local cloud: DirectoryTable and PlacementsTable
 * are seeded by the contract in docs/followup-data.md, the schedule is driven on the manual
 * clock, and the e-mails are read back from the SES emulator.
 */
class FollowUpRemindersIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final String SCHEDULER = "FollowUpSchedulerFunction";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final LocalCloud cloud = CLOUD.cloud();
    private final String team = id("team");
    private final String lead = id("lead");

    @Test
    void schedule_workingDay_sendsEachSpecialistWithSomethingDueOneDigestWithTheRightItems() {
        String kari = specialist("Kari Nordmann", true);
        String ola = specialist("Ola Hansen", true);
        String onlyUpcoming = specialist("Per Berg", true);
        String inactive = specialist("Lise Dahl", false);
        teamLead("Tone Leder");
        String overdue = placement(kari).participantDue("2026-06-05", "utprøving").ref("K.N.").save();
        String dueToday = placement(kari).employerDue("2026-06-10", "arbeidsgiversamtale").save();
        String upcoming = placement(kari).participantDue("2026-06-12", "oppfølgingssamtale").save();
        String nextWeek = placement(kari).participantDue("2026-06-16", "oppfølgingssamtale").save();
        String paused = placement(kari).participantDue("2026-06-09", "utprøving").paused().save();
        String ended = placement(kari).participantDue("2026-06-09", "utprøving").ended().save();
        placement(ola).participantDue("2026-06-10", "oppfølgingssamtale").save();
        placement(onlyUpcoming).participantDue("2026-06-11", "oppfølgingssamtale").save();
        placement(inactive).participantDue("2026-06-08", "oppfølgingssamtale").save();

        cloud.schedules().jumpTo(Instant.parse("2026-06-10T04:00:00Z"));
        List<Schedules.Firing> firings = cloud.schedules().advanceTo(Instant.parse("2026-06-10T06:00:00Z"));

        assertThat(firings).extracting(Schedules.Firing::scheduledTime)
                .containsExactly(Instant.parse("2026-06-10T05:00:00Z"));
        awaitLogged(ReminderKind.TEAM_LEAD, lead, "2026-06-10", "NOTHING_DUE");
        SentEmail mail = awaitOneMailTo(kari);
        awaitOneMailTo(ola);
        awaitRemindersDrained();
        assertThat(cloud.mailbox().sent()).hasSize(2);
        assertThat(mail.from()).isEqualTo(cloud.functionEnvironment("ReminderSenderFunction").get("SENDER_ADDRESS"));
        assertThat(mail.subject()).isEqualTo("Oppfølginger i dag: 1 forfalt, 1 i dag");
        assertThat(mail.text()).contains("Hei Kari Nordmann,", "Forfalt (1)", "Deltaker K.N.: utprøving",
                "3 arbeidsdager over fristen", "I dag (1)", "Resten av uken (1)", caseUrl(overdue),
                caseUrl(dueToday), caseUrl(upcoming));
        assertThat(mail.text()).doesNotContain(caseUrl(nextWeek), caseUrl(paused), caseUrl(ended));
        assertThat(mail.html()).contains("<a href=\"" + caseUrl(overdue) + "\">");
        assertThat(logged(ReminderKind.SPECIALIST, kari, "2026-06-10").get("sesMessageId").s()).isNotBlank();
        assertNoDeadLetters();
    }

    @Test
    void schedule_publicHolidayAndWeekend_fireNothingAndTheNextWorkingDayHasWhatFellDue() {
        String kari = specialist("Kari Nordmann", true);
        String ascension = placement(kari).participantDue("2026-05-14", "utprøving").save();
        String saturday = placement(kari).employerDue("2026-05-16", "arbeidsgiversamtale").save();
        String constitutionDay = placement(kari).participantDue("2026-05-17", "oppfølgingssamtale").save();

        cloud.schedules().jumpTo(Instant.parse("2026-05-13T12:00:00Z"));
        List<Schedules.Firing> holiday = cloud.schedules().advanceTo(Instant.parse("2026-05-14T12:00:00Z"));
        assertThat(holiday).singleElement().satisfies(f -> {
            assertThat(f.scheduledTime()).isEqualTo(Instant.parse("2026-05-14T05:00:00Z"));
            assertThat((String) f.response()).contains("\"workingDay\":false");
        });
        awaitRemindersDrained();
        assertThat(cloud.mailbox().sent()).isEmpty();

        cloud.schedules().advanceTo(Instant.parse("2026-05-15T12:00:00Z"));
        SentEmail friday = awaitMails(kari, 1).get(0);
        // The weekend's deadlines are Monday's: not "later this week" on Friday.
        assertThat(friday.text()).contains("I dag (1)", caseUrl(ascension),
                "frist fredag 15. mai (planlagt torsdag 14. mai)").doesNotContain("Forfalt", "Resten av uken");

        List<Schedules.Firing> weekend = cloud.schedules().advanceTo(Instant.parse("2026-05-18T12:00:00Z"));
        assertThat(weekend).extracting(Schedules.Firing::scheduledTime)
                .containsExactly(Instant.parse("2026-05-18T05:00:00Z"));
        SentEmail monday = awaitMails(kari, 2).get(1);
        assertThat(monday.subject()).isEqualTo("Oppfølginger i dag: 1 forfalt, 2 i dag");
        assertThat(monday.text()).contains("1 arbeidsdag over fristen", caseUrl(saturday), caseUrl(constitutionDay),
                "frist mandag 18. mai (planlagt lørdag 16. mai)", "frist mandag 18. mai (planlagt søndag 17. mai)");
        assertNoDeadLetters();
    }

    @Test
    void schedule_christmas_skipsTheHolidaysAndMondayHasWhatFellDueOnThem() {
        String kari = specialist("Kari Nordmann", true);
        String christmasEve = placement(kari).participantDue("2026-12-24", "utprøving").save();
        String christmasDay = placement(kari).participantDue("2026-12-25", "oppfølgingssamtale").save();
        String boxingDay = placement(kari).employerDue("2026-12-26", "arbeidsgiversamtale").save();

        cloud.schedules().jumpTo(Instant.parse("2026-12-23T12:00:00Z"));
        List<Schedules.Firing> firings = cloud.schedules().advanceTo(Instant.parse("2026-12-28T12:00:00Z"));

        // Christmas Eve is an ordinary working day in the Norwegian calendar; the 25th is not.
        assertThat(firings).extracting(Schedules.Firing::scheduledTime).containsExactly(
                Instant.parse("2026-12-24T06:00:00Z"), Instant.parse("2026-12-25T06:00:00Z"),
                Instant.parse("2026-12-28T06:00:00Z"));
        assertThat((String) firings.get(1).response()).contains("\"workingDay\":false");
        // Both days' messages may be sent side by side (five at a time), so the mails are told apart by their day.
        List<SentEmail> mails = awaitMails(kari, 2).stream()
                .sorted(java.util.Comparator.comparing((SentEmail m) -> !m.text().contains("for torsdag 24. desember")))
                .toList();
        assertThat(mails.get(0).text()).contains("I dag (1)", caseUrl(christmasEve)).doesNotContain("Resten av uken");
        assertThat(mails.get(1).subject()).isEqualTo("Oppfølginger i dag: 1 forfalt, 2 i dag");
        assertThat(mails.get(1).text()).contains("for mandag 28. desember", caseUrl(christmasDay), caseUrl(boxingDay),
                "frist mandag 28. desember (planlagt fredag 25. desember)",
                "frist mandag 28. desember (planlagt lørdag 26. desember)");
        awaitRemindersDrained();
        assertThat(cloud.mailbox().sent()).hasSize(2);
        assertNoDeadLetters();
    }

    @Test
    void schedule_springDstChange_stillFiresAt0700Oslo() {
        String kari = specialist("Kari Nordmann", true);
        placement(kari).participantDue("2026-03-27", "utprøving").save();

        cloud.schedules().jumpTo(Instant.parse("2026-03-26T12:00:00Z"));
        List<Schedules.Firing> firings = cloud.schedules().advanceTo(Instant.parse("2026-03-31T12:00:00Z"));

        assertThat(firings).extracting(Schedules.Firing::scheduledTime).containsExactly(
                Instant.parse("2026-03-27T06:00:00Z"), Instant.parse("2026-03-30T05:00:00Z"),
                Instant.parse("2026-03-31T05:00:00Z"));
        awaitMails(kari, 3);
        awaitRemindersDrained();
        assertThat(cloud.mailbox().sent()).hasSize(3);
        assertNoDeadLetters();
    }

    @Test
    void schedule_autumnDstChange_stillFiresAt0700Oslo() {
        String kari = specialist("Kari Nordmann", true);
        placement(kari).participantDue("2026-10-23", "utprøving").save();

        cloud.schedules().jumpTo(Instant.parse("2026-10-23T04:00:00Z"));
        List<Schedules.Firing> firings = cloud.schedules().advanceTo(Instant.parse("2026-10-26T12:00:00Z"));

        assertThat(firings).extracting(Schedules.Firing::scheduledTime).containsExactly(
                Instant.parse("2026-10-23T05:00:00Z"), Instant.parse("2026-10-26T06:00:00Z"));
        awaitMails(kari, 2);
        awaitRemindersDrained();
        assertThat(cloud.mailbox().sent()).hasSize(2);
        assertNoDeadLetters();
    }

    @Test
    void fireNowTwiceAndRedelivery_sameDay_sendNothingTwice() {
        String kari = specialist("Kari Nordmann", true);
        placement(kari).participantDue("2026-06-10", "utprøving").save();
        cloud.schedules().jumpTo(Instant.parse("2026-06-10T05:00:00Z"));

        Schedules.Firing first = cloud.schedules().fireNow(SCHEDULER);
        awaitMails(kari, 1);
        Schedules.Firing second = cloud.schedules().fireNow(SCHEDULER);
        String body = new ReminderMessageCodec().write(new ReminderMessage(ReminderKind.SPECIALIST,
                kari, LocalDate.parse("2026-06-10"), Instant.parse("2026-06-10T05:00:00Z")));
        cloud.sqs().sendMessage(b -> b.queueUrl(cloud.queueUrl("RemindersQueue")).messageBody(body));
        awaitRemindersDrained();

        assertThat((String) first.response()).contains("\"enqueued\":1");
        assertThat((String) second.response()).contains("\"enqueued\":0", "\"alreadyScheduled\":1");
        assertThat(cloud.mailbox().sent()).hasSize(1);
        assertThat(logged(ReminderKind.SPECIALIST, kari, "2026-06-10").get("status").s()).isEqualTo("SENT");
        assertNoDeadLetters();
    }

    @Test
    void teamLeadDigest_overdueBeyondThresholdLargeCaseloadAndOrphans_areReported() {
        String late = specialist("Ola Hansen", true);
        String busy = specialist("Kari Nordmann", true);
        teamLead("Tone Leder");
        String otherTeamLead = otherTeamLead();
        String escalated = placement(late).participantDue("2026-06-01", "utprøving").save();
        for (int i = 0; i < 21; i++) {
            placement(busy).save();
        }
        String orphan = placement(id("gone")).participantDue("2026-06-02", "utprøving").orphanOf(team).save();

        cloud.schedules().jumpTo(Instant.parse("2026-06-10T05:00:00Z"));
        cloud.schedules().fireNow(SCHEDULER);

        SentEmail mail = awaitOneMailTo(lead);
        awaitLogged(ReminderKind.TEAM_LEAD, otherTeamLead, "2026-06-10", "NOTHING_DUE");
        assertThat(mail.subject()).isEqualTo("Teamoversikt: 2 oppfølginger over fristen, 2 varsler om saksmengde");
        assertThat(mail.text()).contains("Hei Tone Leder,", "Ola Hansen", "Mer enn 3 arbeidsdager over fristen (1):",
                caseUrl(escalated), "7 arbeidsdager over fristen", "Kari Nordmann",
                "Saksmengde: 21 aktive oppfølgingsløp, anbefalt høyst 20.", TeamLeadDigests.ORPHANS_HEADING,
                "Saksmengde: 1 aktivt oppfølgingsløp uten aktiv jobbspesialist. Fordel det i teamet.", caseUrl(orphan));
        awaitOneMailTo(late);
        awaitRemindersDrained();
        assertThat(cloud.mailbox().sent()).hasSize(2);
        assertNoDeadLetters();
    }

    @Test
    void handlerBatch_oneDigestHeldByAnotherDelivery_reportsOnlyThatOneAndSendsTheOthersOnce() {
        LocalDate day = LocalDate.parse("2026-06-10");
        List<String> specialists = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String personId = specialist("Spesialist " + i, true);
            placement(personId).participantDue("2026-06-10", "utprøving").save();
            specialists.add(personId);
        }
        List<ReminderMessage> messages = specialists.stream().map(personId -> new ReminderMessage(
                ReminderKind.SPECIALIST, personId, day, Instant.parse("2026-06-10T05:00:00Z"))).toList();
        // Another delivery of the fourth digest is sending it: its lease makes this one fail for a retry.
        new DynamoDbRemindersLog(cloud.dynamoDb(), cloud.tableName("RemindersLogTable"), Clock.systemUTC())
                .claimForSending(messages.get(3));
        ReminderSenderHandler handler =
                new ReminderSenderHandler(cloud.functionEnvironment("ReminderSenderFunction"));
        SQSEvent batch = sqsEvent(messages);

        SQSBatchResponse first = handler.handleRequest(batch, null);
        SQSBatchResponse redelivered = handler.handleRequest(batch, null);

        assertThat(first.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactly("message-3");
        assertThat(redelivered.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactly("message-3");
        for (int i = 0; i < specialists.size(); i++) {
            String personId = specialists.get(i);
            assertThat(mailsTo(personId + "@nav.example")).hasSize(i == 3 ? 0 : 1);
            assertThat(logged(ReminderKind.SPECIALIST, personId, "2026-06-10").get("status").s())
                    .isEqualTo(i == 3 ? "SENDING" : "SENT");
        }
    }

    @Test
    void malformedMessage_goesToTheDeadLetterQueueWithAReason() {
        cloud.sqs().sendMessage(b -> b.queueUrl(cloud.queueUrl("RemindersQueue"))
                .messageBody("{\"kind\":\"fax\",\"recipientId\":\"x\",\"date\":\"2026-06-10\","
                        + "\"scheduledAt\":\"2026-06-10T05:00:00Z\"}"));

        List<Message> dead = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            dead.addAll(cloud.sqs().receiveMessage(b -> b.queueUrl(cloud.queueUrl("RemindersDeadLetterQueue"))
                    .messageAttributeNames("All").waitTimeSeconds(1)).messages());
            return !dead.isEmpty();
        });
        assertThat(dead.get(0).messageAttributes().get(SqsDeadLetters.REASON_ATTRIBUTE).stringValue())
                .isEqualTo("kind must be specialist, team_lead or fidelity");
        assertThat(cloud.mailbox().sent()).isEmpty();
    }

    // ---- seeding by the contract (docs/followup-data.md) ----------------------------------------

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private String specialist(String name, boolean active) {
        String personId = id("js");
        person(personId, "SPECIALIST", name, team, active, Map.of("teamLeadId", AttributeValue.fromS(lead)));
        return personId;
    }

    private void teamLead(String name) {
        person(lead, "TEAM_LEAD", name, team, true, Map.of());
    }

    private String otherTeamLead() {
        String personId = id("lead");
        person(personId, "TEAM_LEAD", "Annen Leder", id("team"), true, Map.of());
        return personId;
    }

    private void person(String personId, String role, String name, String teamId, boolean active,
            Map<String, AttributeValue> extra) {
        Map<String, AttributeValue> item = new HashMap<>(extra);
        item.putAll(Map.of(
                "personId", AttributeValue.fromS(personId), "role", AttributeValue.fromS(role),
                "displayName", AttributeValue.fromS(name), "email", AttributeValue.fromS(personId + "@nav.example"),
                "teamId", AttributeValue.fromS(teamId), "active", AttributeValue.fromBool(active),
                "lastEventAt", AttributeValue.fromS("2026-01-01T00:00:00Z"),
                "lastEventId", AttributeValue.fromS(UUID.randomUUID().toString())));
        cloud.dynamoDb().putItem(b -> b.tableName(cloud.tableName("DirectoryTable")).item(item));
    }

    private PlacementBuilder placement(String specialistId) {
        return new PlacementBuilder(specialistId);
    }

    private final class PlacementBuilder {
        final String placementId = id("p");
        final String specialistId;
        final Map<String, AttributeValue> item = new HashMap<>();
        final List<String> dues = new ArrayList<>();
        String phase = "TRIAL";
        boolean paused;

        PlacementBuilder(String specialistId) {
            this.specialistId = specialistId;
        }

        PlacementBuilder participantDue(String date, String reason) {
            return due("participantDue", date, reason);
        }

        PlacementBuilder employerDue(String date, String reason) {
            return due("employerDue", date, reason);
        }

        private PlacementBuilder due(String attribute, String date, String reason) {
            item.put(attribute, AttributeValue.fromS(date));
            item.put(attribute + "Reason", AttributeValue.fromS(reason));
            dues.add(date);
            return this;
        }

        PlacementBuilder ref(String participantRef) {
            item.put("participantRef", AttributeValue.fromS(participantRef));
            return this;
        }

        PlacementBuilder paused() {
            paused = true;
            return this;
        }

        PlacementBuilder ended() {
            phase = "ENDED";
            return this;
        }

        PlacementBuilder orphanOf(String teamId) {
            item.put("orphanTeamId", AttributeValue.fromS(teamId));
            return this;
        }

        String save() {
            item.put("placementId", AttributeValue.fromS(placementId));
            item.put("specialistId", AttributeValue.fromS(specialistId));
            item.put("teamId", AttributeValue.fromS(team));
            item.put("municipalityNumber", AttributeValue.fromS("0301"));
            item.put("phase", AttributeValue.fromS(phase));
            item.put("paused", AttributeValue.fromBool(paused));
            item.put("state", AttributeValue.fromS("{}"));
            item.put("revision", AttributeValue.fromN("1"));
            boolean isEnded = phase.equals("ENDED");
            if (!isEnded) {
                item.put("activeSpecialistId", AttributeValue.fromS(specialistId));
            }
            if (!isEnded && !paused && !dues.isEmpty()) {
                item.put("dueKey", AttributeValue.fromS(dues.stream().sorted().findFirst().get() + "#" + placementId));
                item.put("dueShard", AttributeValue.fromS("0")); // any shard: the scheduler reads them all
            }
            cloud.dynamoDb().putItem(b -> b.tableName(cloud.tableName("PlacementsTable")).item(item));
            return placementId;
        }
    }

    private static SQSEvent sqsEvent(List<ReminderMessage> messages) {
        ReminderMessageCodec codec = new ReminderMessageCodec();
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
            record.setMessageId("message-" + i);
            record.setBody(codec.write(messages.get(i)));
            record.setEventSourceArn("arn:aws:sqs:eu-north-1:000000000000:reminders");
            records.add(record);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    // ---- reading back -----------------------------------------------------------------------------

    private String caseUrl(String placementId) {
        return cloud.functionEnvironment("ReminderSenderFunction").get("CASE_URL_TEMPLATE")
                .replace("{placementId}", placementId);
    }

    private SentEmail awaitOneMailTo(String personId) {
        return awaitMails(personId, 1).get(0);
    }

    /** Waits for {@code count} mails to the person, then checks there are no more. */
    private List<SentEmail> awaitMails(String personId, int count) {
        String address = personId + "@nav.example";
        await().atMost(WAIT).until(() -> mailsTo(address).size() >= count);
        awaitRemindersDrained();
        List<SentEmail> mails = mailsTo(address);
        assertThat(mails).hasSize(count);
        return mails;
    }

    private List<SentEmail> mailsTo(String address) {
        return cloud.mailbox().sent().stream().filter(m -> m.to().contains(address)).toList();
    }

    private Map<String, AttributeValue> logged(ReminderKind kind, String recipientId, String date) {
        return cloud.dynamoDb().getItem(b -> b.tableName(cloud.tableName("RemindersLogTable")).consistentRead(true)
                .key(Map.of("digestKey", AttributeValue.fromS(kind.wire() + "#" + recipientId + "#" + date)))).item();
    }

    private void awaitLogged(ReminderKind kind, String recipientId, String date, String status) {
        await().atMost(WAIT).until(() -> {
            Map<String, AttributeValue> item = logged(kind, recipientId, date);
            return item != null && item.containsKey("status") && item.get("status").s().equals(status);
        });
    }

    /** Waits until every reminders message has been handled: none waiting, none in flight. */
    private void awaitRemindersDrained() {
        await().atMost(WAIT).until(() -> messages("RemindersQueue") == 0);
    }

    private void assertNoDeadLetters() {
        assertThat(messages("RemindersDeadLetterQueue")).isZero();
    }

    private int messages(String queue) {
        return QueueDepth.of(cloud, queue);
    }
}
