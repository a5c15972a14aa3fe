package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.events.SqsEventSource;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import no.jobbstotte.shared.followup.reminders.Addressees;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The follow-up path: a placement event at three ages of its placement, the morning run over
 * directories of S specialists of whom D have something due, the two kinds of digest, and the
 * weekly fidelity mail.
 */
final class FollowUpCosts {

    private static final String TEAM = "team-cost";
    private static final String LEAD = "lead-cost";
    private static final String EVENTS_QUEUE = "PlacementEventsQueue";
    private static final String REMINDERS_QUEUE = "RemindersQueue";
    private static final String SCHEDULER = "FollowUpSchedulerFunction";
    private static final Set<String> PLACEMENT_EVENTS = Set.of("PlacementEventsFunction");
    private static final Set<String> SENDER = Set.of("ReminderSenderFunction");

    private final CallMeter meter;
    private final LocalCloud cloud;

    FollowUpCosts(CallMeter meter) {
        this.meter = meter;
        this.cloud = meter.cloud();
    }

    List<UnitCost> placementEvents() {
        meter.fresh();
        FollowUpSeed seed = new FollowUpSeed(cloud);
        seed.specialist("js-cost", TEAM, LEAD);
        List<UnitCost> costs = new ArrayList<>();
        PlacementEvent first = FollowUpSeed.followedClosely("plc-first", "js-cost", TEAM, 1).get(0);
        costs.add(meter.measure("placement-event-first", "Placement event, the placement's first", 1, PLACEMENT_EVENTS,
                () -> apply(first, 1)));
        for (int applied : List.of(20, 199)) {
            String placementId = "plc-" + applied;
            seed.placement(FollowUpSeed.followedClosely(placementId, "js-cost", TEAM, applied));
            String name = "Placement event on a placement with " + applied + " events applied"
                    + (applied == 199 ? " (its 200-event window then full)" : "");
            PlacementEvent next = FollowUpSeed.followUp(placementId, "js-cost", TEAM, applied);
            costs.add(meter.measure("placement-event-after-" + applied, name, 1, PLACEMENT_EVENTS, () -> apply(next, 2)));
        }
        return costs;
    }

    /** The morning run over one team of {@code specialists} and its lead, {@code due} of them with a follow-up due. */
    UnitCost schedulerRun(int specialists, int due) {
        meter.fresh();
        FollowUpSeed seed = new FollowUpSeed(cloud);
        seed.teamLead(LEAD, TEAM);
        FollowUpSeed.inParallel(IntStream.range(0, specialists).<Runnable>mapToObj(i -> () -> {
            String specialistId = "js-cost-" + i;
            seed.specialist(specialistId, TEAM, LEAD);
            if (i < due) {
                seed.placement(FollowUpSeed.dueByMorning("plc-cost-" + i, specialistId, TEAM));
            }
        }).toList());
        // The digests are units of their own: ReminderSender leaves the run's messages on the queue,
        // and the reset empties it.
        SqsEventSource sender = cloud.sqsEventSources().stream()
                .filter(source -> SENDER.contains(source.mapping().functionId())).findFirst().orElseThrow();
        sender.suspend();
        try {
            return meter.measure("scheduler-s" + specialists + "-d" + due, "Scheduler run, S = " + specialists
                    + " specialists, D = " + due + " due, 1 team lead", 1, Set.of(SCHEDULER), () -> {
                        String summary = cloud.schedules().fireAt(SCHEDULER, FollowUpSeed.MORNING).response().toString();
                        assertThat(summary).contains("\"specialists\":" + specialists, "\"specialistsDue\":" + due,
                                "\"teamLeads\":1", "\"enqueued\":" + (due + 1));
                    });
        } finally {
            meter.fresh();
            sender.resume();
        }
    }

    /** One specialist's digest of one due follow-up; the specialist's team lead is not in the directory. */
    UnitCost specialistDigest() {
        meter.fresh();
        FollowUpSeed seed = new FollowUpSeed(cloud);
        seed.specialist("js-digest", TEAM, LEAD);
        seed.placement(FollowUpSeed.dueByMorning("plc-digest", "js-digest", TEAM));
        return meter.measure("digest-specialist", "Digest, a specialist's (1 due follow-up)", 1, SENDER, () -> {
            cloud.schedules().fireAt(SCHEDULER, FollowUpSeed.MORNING);
            awaitOnlyMailTo("js-digest");
        });
    }

    /** A team lead's digest: a team of {@code members} specialists with nothing due, and one orphaned placement. */
    UnitCost teamLeadDigest(int members) {
        meter.fresh();
        FollowUpSeed seed = new FollowUpSeed(cloud);
        seed.teamLead(LEAD, TEAM);
        for (int i = 0; i < members; i++) {
            seed.specialist("js-team-" + i, TEAM, LEAD);
        }
        // Its specialist is not in the directory: an orphan, which the team lead's digest reports.
        seed.placement(FollowUpSeed.dueByMorning("plc-orphan", "js-gone", TEAM));
        return meter.measure("digest-team-lead-t" + members, "Digest, a team lead's (team of T = " + members
                + " specialists, 1 orphaned placement)", 1, SENDER, () -> {
                    cloud.schedules().fireAt(SCHEDULER, FollowUpSeed.MORNING);
                    awaitOnlyMailTo(LEAD);
                });
    }

    /**
     * A team lead's weekly fidelity mail: a team of {@code members} specialists with one placement
     * each. The message goes on the queue as the Monday run would put it there; the run itself
     * would enqueue the team lead's digest too, which is a unit of its own.
     */
    UnitCost fidelityMail(int members) {
        meter.fresh();
        FollowUpSeed seed = new FollowUpSeed(cloud);
        seed.teamLead(LEAD, TEAM);
        for (int i = 0; i < members; i++) {
            seed.specialist("js-fidelity-" + i, TEAM, LEAD);
            seed.placement(FollowUpSeed.dueByMorning("plc-fidelity-" + i, "js-fidelity-" + i, TEAM));
        }
        Instant monday = Instant.parse("2026-06-15T05:00:00Z");
        // With its addressees, as the run puts them on it from its directory scan.
        List<Person> people = new ArrayList<>();
        people.add(new Person(LEAD, Person.Role.TEAM_LEAD, Optional.of("Teamleder " + LEAD),
                Optional.of(FollowUpSeed.email(LEAD)), Optional.of(TEAM), Optional.empty(), true));
        for (int i = 0; i < members; i++) {
            String id = "js-fidelity-" + i;
            people.add(new Person(id, Person.Role.SPECIALIST, Optional.of("Jobbspesialist " + id),
                    Optional.of(FollowUpSeed.email(id)), Optional.of(TEAM), Optional.of(LEAD), true));
        }
        String message = new ReminderMessageCodec().write(new ReminderMessage(ReminderKind.FIDELITY, LEAD,
                WorkingDays.osloDate(monday), monday).with(new Addressees(people, Set.of())));
        return meter.measure("fidelity-mail-t" + members, "Weekly fidelity mail, a team lead's (team of T = " + members
                + " specialists, 1 placement each)", 1, SENDER, () -> {
                    cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl(REMINDERS_QUEUE)).messageBody(message));
                    awaitOnlyMailTo(LEAD);
                });
    }

    /** Sends the event and waits until the placement's item has {@code revision} and the queue is empty. */
    private void apply(PlacementEvent event, long revision) {
        cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl(EVENTS_QUEUE))
                .messageBody(PlacementEventJson.write(event)));
        Map<String, AttributeValue> key = Map.of("placementId", AttributeValue.fromS(event.placementId()));
        CallMeter.awaiting().until(() -> {
            Map<String, AttributeValue> item = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("PlacementsTable"))
                    .consistentRead(true).key(key)).item();
            return item != null && item.containsKey("revision") && Long.parseLong(item.get("revision").n()) == revision;
        });
        meter.awaitDrained(EVENTS_QUEUE);
    }

    /** Waits for the digest to this person, and for the reminders queue to be empty: the only mail of the run. */
    private void awaitOnlyMailTo(String personId) {
        String address = FollowUpSeed.email(personId);
        CallMeter.awaiting().until(() -> cloud.mailbox().sent().stream().anyMatch(mail -> mail.to().contains(address)));
        meter.awaitDrained(REMINDERS_QUEUE);
        assertThat(cloud.mailbox().sent()).hasSize(1);
    }
}
