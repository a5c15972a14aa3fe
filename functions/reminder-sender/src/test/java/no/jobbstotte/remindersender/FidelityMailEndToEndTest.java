package no.jobbstotte.remindersender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The weekly fidelity mail on the local cloud, IAM enforced: case-system events build the
 * placements, the 07:00 weekday schedule fires, and each team lead's mail is read back from the
 * SES emulator, once per ISO week however often the scheduler runs in it.
 */
class FidelityMailEndToEndTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final String SCHEDULER = "FollowUpSchedulerFunction";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Monday 15 June 2026, 07:00 Oslo: the first working day of ISO week 25. */
    private static final Instant MONDAY = Instant.parse("2026-06-15T05:00:00Z");

    private final LocalCloud cloud = CLOUD.cloud();
    private final Team north = new Team("Nord", 2);
    private final Team south = new Team("Sør", 1);

    @Test
    void schedule_mondayTwiceAndTuesday_oneFidelityMailPerTeamLead_andTheNextMondayAnother() {
        List<PlacementEvent> referrals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            referrals.add(north.referral(i % 2, LocalDate.parse("2026-06-01")));
        }
        referrals.add(south.referral(0, LocalDate.parse("2026-06-02")));
        // Four face-to-face employer contacts in the four weeks to 14 June, the first two days after referral.
        List<PlacementEvent> contacts = List.of("2026-06-03", "2026-06-05", "2026-06-10", "2026-06-11").stream()
                .map(day -> north.employerContact(referrals.get(0), LocalDate.parse(day))).toList();
        // Directory first: a placement before its specialist is known would be an orphan.
        north.directory().forEach(this::send);
        south.directory().forEach(this::send);
        referrals.forEach(this::send);
        contacts.forEach(this::send);
        await().atMost(WAIT).until(() -> referrals.stream().allMatch(r -> stored(r.placementId()))
                && contactsStored(referrals.get(0).placementId()) == contacts.size());

        cloud.schedules().fireAt(SCHEDULER, MONDAY);
        cloud.schedules().fireAt(SCHEDULER, MONDAY.plus(Duration.ofMinutes(30)));
        cloud.schedules().fireAt(SCHEDULER, MONDAY.plus(Duration.ofDays(1)));

        SentEmail northMail = awaitFidelityMails(north, 1).get(0);
        assertThat(awaitFidelityMails(south, 1).get(0).text()).contains("Teamet (1 jobbspesialist)");
        assertThat(northMail.subject()).isEqualTo("IPS-tall for teamet, uke 24");
        // Three placements over two specialists, all referred after week 20.
        assertThat(northMail.text()).contains("Hei Leder Nord,",
                "Teamet (2 jobbspesialister)\nSaksmengde: 1,5 deltakere per jobbspesialist, skår 5 av 5."
                        + " Uke 20: 0,0, skår 5 (endring +1,5).",
                "Rask jobbsøking: 2 dager til første arbeidsgiverkontakt, skår 5 av 5. Uke 20: ingen å måle.",
                "Arbeidsgiverkontakt: 0,5 møter med arbeidsgivere per uke, skår 1 av 5. Uke 20: 0,0, skår 1"
                        + " (endring +0,5).",
                "Spesialist Nord 0\nSaksmengde: 2,0 deltakere", "Spesialist Nord 1\nSaksmengde: 1,0 deltakere",
                "Arbeidsgiverkontakt: 1,0 møter med arbeidsgivere per uke, skår 1 av 5.");
        assertThat(northMail.text() + northMail.html()).doesNotContain(referrals.get(0).placementId(), "plc-");

        cloud.schedules().fireAt(SCHEDULER, MONDAY.plus(Duration.ofDays(7)));

        assertThat(awaitFidelityMails(north, 2).get(1).subject()).isEqualTo("IPS-tall for teamet, uke 25");
        awaitFidelityMails(south, 2);
        assertThat(messages("RemindersDeadLetterQueue") + messages("PlacementEventsDeadLetterQueue")).isZero();
    }

    /** Waits for {@code count} fidelity mails to the team's lead, then checks, once the queue is empty, there are no more. */
    private List<SentEmail> awaitFidelityMails(Team team, int count) {
        await().atMost(WAIT).until(() -> fidelityMails(team).size() >= count);
        await().atMost(WAIT).until(() -> messages("RemindersQueue") == 0);
        List<SentEmail> mails = fidelityMails(team);
        assertThat(mails).hasSize(count);
        return mails;
    }

    private List<SentEmail> fidelityMails(Team team) {
        return cloud.mailbox().sent().stream()
                .filter(m -> m.to().contains(team.lead + "@example.no") && m.subject().startsWith("IPS-tall"))
                .toList();
    }

    private void send(InboundEvent event) {
        cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl("PlacementEventsQueue"))
                .messageBody(PlacementEventJson.write(event)));
    }

    private boolean stored(String placementId) {
        Map<String, AttributeValue> item = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("PlacementsTable"))
                .key(Map.of("placementId", AttributeValue.fromS(placementId)))).item();
        return item != null && item.containsKey("referredOn");
    }

    private int contactsStored(String placementId) {
        Map<String, AttributeValue> item = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("PlacementsTable"))
                .key(Map.of("placementId", AttributeValue.fromS(placementId)))).item();
        return item == null || !item.containsKey("employerContacts") ? 0 : item.get("employerContacts").l().size();
    }

    private int messages(String queue) {
        return QueueDepth.of(cloud, queue);
    }

    /** One team: its lead and its specialists, all with fresh ids. */
    private static final class Team {
        final String id = "team-" + UUID.randomUUID();
        final String lead = "lead-" + UUID.randomUUID();
        final String name;
        final List<String> specialists = new ArrayList<>();

        Team(String name, int specialists) {
            this.name = name;
            for (int i = 0; i < specialists; i++) {
                this.specialists.add("js-" + UUID.randomUUID());
            }
        }

        List<InboundEvent> directory() {
            List<InboundEvent> events = new ArrayList<>();
            events.add(new DirectoryEvent.TeamLeadUpserted("d-" + lead, lead, id, "Leder " + name, lead + "@example.no"));
            for (int i = 0; i < specialists.size(); i++) {
                String specialist = specialists.get(i);
                events.add(new DirectoryEvent.SpecialistUpserted("d-" + specialist, specialist,
                        "Spesialist " + name + " " + i, specialist + "@example.no", id, lead));
            }
            return events;
        }

        PlacementEvent referral(int specialist, LocalDate on) {
            return new PlacementEvent.Referred(header("plc-" + UUID.randomUUID(), specialists.get(specialist), on));
        }

        /** A face-to-face contact with an employer, made by the placement's specialist on its behalf. */
        PlacementEvent employerContact(PlacementEvent referral, LocalDate on) {
            return new PlacementEvent.EmployerContact(header(referral.placementId(), referral.header().specialistId(), on),
                    true);
        }

        private EventHeader header(String placementId, String specialistId, LocalDate on) {
            Instant at = on.atTime(LocalTime.of(10, 0)).atZone(WorkingDays.OSLO).toInstant();
            return new EventHeader("e-" + UUID.randomUUID(), placementId, specialistId, id, "1506", Optional.empty(), at);
        }
    }
}
