package no.jobbstotte.localcloud.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;

/**
 * A team of invented job specialists with placements at every stage: the case system's events go
 * through the queue, then the next working day's 07:00 run sends the digests. The third
 * specialist's address is SES's bounce simulator: the bounce comes back over the configuration
 * set, and the working day after, the team lead's digest says that address does not work. With
 * them, {@link FidelityDemoTeams}' employer contacts and two more teams for the IPS fidelity figures.
 */
final class FollowUpDemo implements DemoStep {

    private static final String TEAM = "team-demo-vest";
    private static final String TEAM_LEAD = "tl-demo-1";
    private static final List<String> SPECIALISTS = List.of("js-demo-1", "js-demo-2", "js-demo-3");
    private static final List<String> MUNICIPALITIES = List.of("1508", "4601", "1506", "0301");
    /** SES's mailbox simulator: a hard bounce for every message. */
    private static final String BOUNCING = "bounce@simulator.amazonses.com";

    @Override
    public String title() {
        return "follow-up reminders: placement events, then the working-day digest run";
    }

    @Override
    public Set<String> requiredFunctions() {
        return Set.of("PlacementEventsFunction", "FollowUpSchedulerFunction", "ReminderSenderFunction",
                "DeliveryEventsFunction");
    }

    @Override
    public void run(LocalCloud cloud, PrintStream out) {
        WorkingDays workingDays = WorkingDays.norway();
        LocalDate today = WorkingDays.osloDate(Instant.now());
        LocalDate runDay = workingDays.isWorkingDay(today) ? today : workingDays.nextWorkingDay(today);
        List<InboundEvent> events = new ArrayList<>();
        events.add(new DirectoryEvent.TeamLeadUpserted(id(), TEAM_LEAD, TEAM, "Demo Teamleder", "teamleder@jobbstotte.example"));
        for (int i = 0; i < SPECIALISTS.size(); i++) {
            events.add(new DirectoryEvent.SpecialistUpserted(id(), SPECIALISTS.get(i), "Demo Jobbspesialist " + (i + 1),
                    i == 2 ? BOUNCING : "jobbspesialist" + (i + 1) + "@jobbstotte.example", TEAM, TEAM_LEAD));
        }
        Random random = new Random(7);
        int placements = 0;
        for (int p = 0; p < 12; p++) {
            String specialist = p == 11 ? "js-demo-ukjent" : SPECIALISTS.get(p % SPECIALISTS.size());
            events.addAll(placementHistory("plc-demo-" + (p + 1), specialist, runDay, p, random));
            placements++;
        }
        List<InboundEvent> fidelity = FidelityDemoTeams.events(runDay);
        events.addAll(fidelity);
        String queue = cloud.queueUrl("PlacementEventsQueue");
        for (InboundEvent event : events) {
            cloud.sqs().sendMessage(r -> r.queueUrl(queue).messageBody(PlacementEventJson.write(event)));
        }
        out.printf("   %d events sent for %d placements, %d specialists and a team lead (one placement has an unknown specialist)%n",
                events.size() - fidelity.size(), placements, SPECIALISTS.size());
        out.printf("   fidelity teams: %s (%s, slow to the first face-to-face employer contact), %s (%s, %d active"
                + " placements: caseload above 20); %d events%n", FidelityDemoTeams.SLOW_TEAM,
                String.join(", ", FidelityDemoTeams.SLOW_SPECIALISTS), FidelityDemoTeams.FULL_TEAM,
                String.join(", ", FidelityDemoTeams.FULL_SPECIALISTS), FidelityDemoTeams.FULL_TEAM_PLACEMENTS,
                fidelity.size());
        awaitPlacements(cloud, placements + FidelityDemoTeams.SLOW_TEAM_PLACEMENTS + FidelityDemoTeams.FULL_TEAM_PLACEMENTS);
        Instant sevenOClock = runDay.atTime(LocalTime.of(7, 0)).atZone(WorkingDays.OSLO).toInstant();
        Object summary = cloud.schedules().fireAt("FollowUpSchedulerFunction", sevenOClock).response();
        out.printf("   FollowUpScheduler for %s 07:00 Oslo: %s%n", runDay, summary);
        int mails = awaitMails(cloud, 1);
        out.printf("   %d digest e-mails sent; read them at %s/store (or the SES emulator's web view at %s)%n",
                mails, cloud.endpoints().ses(), cloud.endpoints().ses());
        teamLeadToldOfTheBounce(cloud, out, workingDays.nextWorkingDay(runDay), mails);
    }

    /** The bounce recorded, then the next working day's run: the team lead's digest names the address. */
    private static void teamLeadToldOfTheBounce(LocalCloud cloud, PrintStream out, LocalDate nextDay, int mailsBefore) {
        String table = cloud.tableName("MailDeliveryTable");
        waitUntil(() -> cloud.dynamoDb().scan(r -> r.tableName(table)).items().stream()
                .anyMatch(item -> item.containsKey("suppressedBecause")), "the bounce recorded");
        out.printf("   %s bounced: SES's event reached DeliveryEvents, which suppressed the address%n", BOUNCING);
        Instant sevenOClock = nextDay.atTime(LocalTime.of(7, 0)).atZone(WorkingDays.OSLO).toInstant();
        cloud.schedules().fireAt("FollowUpSchedulerFunction", sevenOClock);
        awaitMails(cloud, mailsBefore + 1);
        waitUntil(() -> cloud.mailbox().sent().stream().anyMatch(m -> m.to().contains("teamleder@jobbstotte.example")
                && m.text().contains("E-post som ikke kommer fram")), "the team lead's digest");
        long toBouncing = cloud.mailbox().sent().stream().filter(m -> m.to().contains(BOUNCING)).count();
        out.printf("   %s 07:00: the team lead's digest says \"E-post som ikke kommer fram\" for Demo Jobbspesialist 3;"
                + " digests to the bouncing address in all: %d%n", nextDay, toBouncing);
    }

    /** A placement at one of several stages relative to the run day, so digests have due, overdue and upcoming items. */
    private static List<PlacementEvent> placementHistory(String placementId, String specialist, LocalDate runDay, int variant,
            Random random) {
        String municipality = MUNICIPALITIES.get(variant % MUNICIPALITIES.size());
        Optional<String> employer = Optional.of(OrganisationNumber.generate(random).value());
        int daysAgo = 5 + variant * 6;
        List<PlacementEvent> history = new ArrayList<>();
        EventHeader referral = header(placementId, specialist, municipality, Optional.empty(), runDay, daysAgo + 20);
        history.add(new PlacementEvent.Referred(referral));
        history.addAll(FidelityDemoTeams.contacts(referral, random));
        if (variant % 3 != 0) {
            history.add(new PlacementEvent.TrialStarted(header(placementId, specialist, municipality, employer, runDay, daysAgo),
                    runDay.minusDays(daysAgo).plusWeeks(4)));
        }
        if (variant % 4 == 1) {
            history.add(new PlacementEvent.Hired(header(placementId, specialist, municipality, employer, runDay, Math.max(1, daysAgo - 28))));
        }
        if (variant == 8) {
            history.add(new PlacementEvent.Paused(header(placementId, specialist, municipality, employer, runDay, 2)));
        }
        return history;
    }

    private static EventHeader header(String placementId, String specialist, String municipality, Optional<String> employer,
            LocalDate runDay, int daysAgo) {
        Instant at = runDay.minusDays(daysAgo).atTime(10, 0).atZone(WorkingDays.OSLO).toInstant();
        return new EventHeader(id(), placementId, specialist, TEAM, municipality, employer, at);
    }

    /** Every placement stored and the queue drained, so the digests see each placement's whole history. */
    private static void awaitPlacements(LocalCloud cloud, int expected) {
        String table = cloud.tableName("PlacementsTable");
        waitUntil(() -> cloud.dynamoDb().scan(r -> r.tableName(table).select("COUNT")).count() >= expected
                && queueEmpty(cloud, "PlacementEventsQueue"), "placements stored");
    }

    private static boolean queueEmpty(LocalCloud cloud, String queue) {
        return cloud.sqs().getQueueAttributes(r -> r.queueUrl(cloud.queueUrl(queue))
                .attributeNamesWithStrings("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                .attributesAsStrings().values().stream().allMatch("0"::equals);
    }

    private static int awaitMails(LocalCloud cloud, int atLeast) {
        waitUntil(() -> queueEmpty(cloud, "RemindersQueue") && cloud.mailbox().sent().size() >= atLeast, "digests sent");
        return cloud.mailbox().sent().size();
    }

    /** Polls every 200 ms for at most a minute: the demo has no test library to wait with. */
    static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
