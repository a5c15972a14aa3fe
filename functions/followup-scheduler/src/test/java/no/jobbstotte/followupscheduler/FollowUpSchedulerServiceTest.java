package no.jobbstotte.followupscheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.Addressees;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.directory.Recipients;
import no.jobbstotte.shared.table.maildelivery.Suppressions;
import no.jobbstotte.shared.table.placements.DueCheck;
import no.jobbstotte.shared.table.reminderslog.DigestScheduling;
import org.junit.jupiter.api.Test;

class FollowUpSchedulerServiceTest {

    // 07:00 Oslo summer time on Wednesday 10 June 2026.
    private static final Instant WEDNESDAY = Instant.parse("2026-06-10T05:00:00Z");

    private final FakeRecipients recipients = new FakeRecipients();
    private final FakeLog log = new FakeLog();
    private final FakeQueue queue = new FakeQueue();
    private final FollowUpSchedulerService service =
            new FollowUpSchedulerService(recipients, recipients, log, queue, WorkingDays.norway(), recipients);

    @Test
    void run_workingDay_enqueuesSpecialistsWithSomethingDueAndEveryTeamLead() {
        recipients.specialist("js-due", LocalDate.parse("2026-06-10"));
        recipients.specialist("js-overdue", LocalDate.parse("2026-06-01"));
        recipients.specialist("js-later", LocalDate.parse("2026-06-11"));
        recipients.specialist("js-nothing", null);
        recipients.teamLead("tl-1");

        RunSummary summary = service.run(WEDNESDAY);

        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).containsExactlyInAnyOrder(
                "specialist#js-due#2026-06-10", "specialist#js-overdue#2026-06-10", "team_lead#tl-1#2026-06-10");
        assertThat(queue.sent()).allSatisfy(m -> assertThat(m.scheduledAt()).isEqualTo(WEDNESDAY));
        assertThat(summary).isEqualTo(new RunSummary(LocalDate.parse("2026-06-10"), true, 4, 2, 1, 3, 0));
    }

    @Test
    void run_scheduledTimeBeforeMidnightUtc_isForTheOsloDate() {
        recipients.specialist("js-1", LocalDate.parse("2026-06-10"));

        service.run(Instant.parse("2026-06-09T22:30:00Z"));

        assertThat(queue.sent()).extracting(ReminderMessage::date).containsExactly(LocalDate.parse("2026-06-10"));
    }

    @Test
    void run_publicHolidayOrWeekend_enqueuesNothing() {
        recipients.specialist("js-1", LocalDate.parse("2026-05-13"));
        recipients.teamLead("tl-1");

        RunSummary ascension = service.run(Instant.parse("2026-05-14T05:00:00Z"));
        service.run(Instant.parse("2026-05-16T05:00:00Z"));

        assertThat(ascension.workingDay()).isFalse();
        assertThat(queue.sent()).isEmpty();
        assertThat(log.claims).isEmpty();
    }

    @Test
    void run_sameDayTwice_secondRunEnqueuesNothing() {
        recipients.specialist("js-1", LocalDate.parse("2026-06-10"));
        recipients.teamLead("tl-1");

        service.run(WEDNESDAY);
        RunSummary again = service.run(WEDNESDAY.plusSeconds(600));

        assertThat(queue.sent()).hasSize(2);
        assertThat(again.enqueued()).isZero();
        assertThat(again.alreadyScheduled()).isEqualTo(2);
    }

    @Test
    void run_firstWorkingDayOfTheWeek_alsoEnqueuesEachTeamLeadsFidelityMailKeyedByTheWeek() {
        recipients.specialist("js-1", LocalDate.parse("2026-12-07"));
        recipients.teamLead("tl-1");
        recipients.teamLead("tl-2");

        RunSummary monday = service.run(Instant.parse("2026-12-07T06:00:00Z"));

        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).containsExactlyInAnyOrder(
                "specialist#js-1#2026-12-07", "team_lead#tl-1#2026-12-07", "team_lead#tl-2#2026-12-07",
                "fidelity#tl-1#2026-W50", "fidelity#tl-2#2026-W50");
        assertThat(monday.enqueued()).isEqualTo(5);
    }

    @Test
    void run_mondayTwiceThenTuesday_enqueuesOneFidelityMailPerTeamLeadAndTheNextMondayAnother() {
        recipients.teamLead("tl-1");

        service.run(Instant.parse("2026-12-07T06:00:00Z"));
        RunSummary again = service.run(Instant.parse("2026-12-07T06:10:00Z"));
        service.run(Instant.parse("2026-12-08T06:00:00Z"));
        service.run(Instant.parse("2026-12-14T06:00:00Z"));

        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).filteredOn(k -> k.startsWith("fidelity"))
                .containsExactly("fidelity#tl-1#2026-W50", "fidelity#tl-1#2026-W51");
        assertThat(again.alreadyScheduled()).isEqualTo(2);
    }

    @Test
    void run_easterMonday_theFidelityMailGoesOutOnTheTuesday() {
        recipients.teamLead("tl-1");

        RunSummary easterMonday = service.run(Instant.parse("2027-03-29T05:00:00Z"));
        service.run(Instant.parse("2027-03-30T05:00:00Z"));
        service.run(Instant.parse("2027-03-31T05:00:00Z"));

        assertThat(easterMonday.workingDay()).isFalse();
        assertThat(queue.sent()).filteredOn(m -> m.kind() == ReminderKind.FIDELITY)
                .extracting(ReminderMessage::digestKey, ReminderMessage::date)
                .containsExactly(tuple("fidelity#tl-1#2027-W13", LocalDate.parse("2027-03-30")));
    }

    @Test
    void run_fidelityClaimFails_theTeamLeadsDigestClaimIsWithdrawnAndARerunSendsBoth() {
        recipients.teamLead("tl-1");
        log.failing.add("fidelity#tl-1#2026-W50");

        assertThatThrownBy(() -> service.run(Instant.parse("2026-12-07T06:00:00Z")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(log.claims).isEmpty();
        log.failing.clear();
        service.run(Instant.parse("2026-12-07T06:10:00Z"));

        assertThat(queue.sent()).extracting(ReminderMessage::digestKey)
                .containsExactlyInAnyOrder("team_lead#tl-1#2026-12-07", "fidelity#tl-1#2026-W50");
    }

    @Test
    void run_manyTeamLeadsOnAFidelityDay_batchesOfAtMostTenEveryMessageOnce() {
        for (int i = 0; i < 7; i++) {
            recipients.teamLead("tl-" + i);
        }

        service.run(Instant.parse("2026-12-07T06:00:00Z"));

        assertThat(queue.batches).extracting(List::size).containsExactly(10, 4);
        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).doesNotHaveDuplicates().hasSize(14);
    }

    @Test
    void run_manyRecipients_sendsBatchesOfAtMostTen() {
        for (int i = 0; i < 25; i++) {
            recipients.specialist("js-" + i, LocalDate.parse("2026-06-10"));
        }

        service.run(WEDNESDAY);

        assertThat(queue.batches).extracting(List::size).containsExactlyInAnyOrder(10, 10, 5);
    }

    @Test
    void run_moreRecipientsThanAChunk_claimsAndEnqueuesEachExactlyOnceAndARerunNothing() {
        int count = FollowUpSchedulerService.CHUNK * 2 + 7;
        for (int i = 0; i < count; i++) {
            recipients.specialist("js-" + i, i % 3 == 0 ? null : LocalDate.parse("2026-06-10"));
        }
        recipients.teamLead("tl-1");
        int due = count - (count + 2) / 3;

        RunSummary first = service.run(WEDNESDAY);
        RunSummary again = service.run(WEDNESDAY.plusSeconds(600));

        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).doesNotHaveDuplicates().hasSize(due + 1);
        assertThat(log.claims).hasSize(due + 1);
        assertThat(first).isEqualTo(new RunSummary(LocalDate.parse("2026-06-10"), true, count, due, 1, due + 1, 0));
        assertThat(again).isEqualTo(new RunSummary(LocalDate.parse("2026-06-10"), true, count, due, 1, 0, due + 1));
        assertThat(queue.batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(10));
    }

    @Test
    void run_twoRunsAtOnce_enqueueEachDigestOnce() throws Exception {
        for (int i = 0; i < FollowUpSchedulerService.CHUNK + 50; i++) {
            recipients.specialist("js-" + i, LocalDate.parse("2026-06-10"));
        }

        try (ExecutorService runs = Executors.newFixedThreadPool(2)) {
            Future<RunSummary> one = runs.submit(() -> service.run(WEDNESDAY));
            Future<RunSummary> two = runs.submit(() -> service.run(WEDNESDAY));
            assertThat(one.get().enqueued() + two.get().enqueued()).isEqualTo(FollowUpSchedulerService.CHUNK + 50);
        }
        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).doesNotHaveDuplicates()
                .hasSize(FollowUpSchedulerService.CHUNK + 50);
    }

    @Test
    void run_claimsStillRunning_theFirstTenClaimedAreSentMeanwhile() {
        for (int i = 0; i < 30; i++) {
            recipients.specialist("js-" + i, LocalDate.parse("2026-06-10"));
        }
        // The chunk's last claim waits for a batch to arrive, which it never would if the
        // sending only began once every claim of the chunk was in.
        log.beforeClaim.put("specialist#js-29#2026-06-10",
                () -> await().atMost(Duration.ofSeconds(10)).until(() -> !queue.batches.isEmpty()));

        RunSummary summary = service.run(WEDNESDAY);

        assertThat(summary.enqueued()).isEqualTo(30);
        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).doesNotHaveDuplicates().hasSize(30);
    }

    @Test
    void run_directoryFailsHalfway_everyClaimMadeIsEnqueuedAndARerunCompletesTheRest() {
        int count = FollowUpSchedulerService.CHUNK * 3;
        for (int i = 0; i < count; i++) {
            recipients.specialist("js-" + i, LocalDate.parse("2026-06-10"));
        }
        recipients.failAfter = FollowUpSchedulerService.CHUNK + FollowUpSchedulerService.CHUNK / 2;

        assertThatThrownBy(() -> service.run(WEDNESDAY)).hasMessageContaining("scan failed");
        assertThat(queue.sent()).extracting(ReminderMessage::digestKey)
                .containsExactlyInAnyOrderElementsOf(log.claims).isNotEmpty().hasSizeLessThan(count);

        recipients.failAfter = Integer.MAX_VALUE;
        RunSummary rerun = service.run(WEDNESDAY.plusSeconds(60));

        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).doesNotHaveDuplicates().hasSize(count);
        assertThat(rerun.enqueued() + rerun.alreadyScheduled()).isEqualTo(count);
    }

    @Test
    void run_someClaimsFail_theOthersOfTheChunkAreEnqueuedTheRunFailsAndARerunSendsOnlyTheRest() {
        for (int i = 0; i < 30; i++) {
            recipients.specialist("js-" + i, LocalDate.parse("2026-06-10"));
        }
        log.failing.addAll(Set.of("specialist#js-3#2026-06-10", "specialist#js-17#2026-06-10"));

        assertThatThrownBy(() -> service.run(WEDNESDAY)).hasMessageContaining("claim failed");
        assertThat(queue.sent()).hasSize(28);
        assertThat(log.claims).hasSize(28);

        log.failing.clear();
        RunSummary rerun = service.run(WEDNESDAY);

        assertThat(rerun.enqueued()).isEqualTo(2);
        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).doesNotHaveDuplicates().hasSize(30);
    }

    @Test
    void run_dueIndexFails_nothingIsClaimedAndTheRunFails() {
        recipients.specialist("js-1", LocalDate.parse("2026-06-10"));
        recipients.teamLead("tl-1");
        recipients.dueIndexFails = true;

        assertThatThrownBy(() -> service.run(WEDNESDAY)).hasMessageContaining("due index");
        assertThat(log.claims).isEmpty();
        assertThat(queue.sent()).isEmpty();
    }

    @Test
    void run_manySpecialistsFewDue_claimsOnlyTheDueAndTheTeamLeads_andReadsWhoIsDueOnce() {
        for (int i = 0; i < 1_000; i++) {
            recipients.specialist("js-" + i, i % 100 == 0 ? LocalDate.parse("2026-06-09") : null);
        }
        recipients.teamLead("tl-1");

        RunSummary summary = service.run(WEDNESDAY);

        assertThat(log.attempts.get()).isEqualTo(11);
        assertThat(recipients.dueReads.get()).isEqualTo(1);
        assertThat(summary.specialists()).isEqualTo(1_000);
        assertThat(summary.specialistsDue()).isEqualTo(10);
    }

    @Test
    void run_aBatchCallFails_itsClaimsAreWithdrawnTheOthersEnqueuedAndARerunSendsOnlyThose() {
        for (int i = 0; i < 30; i++) {
            recipients.specialist("js-" + i, LocalDate.parse("2026-06-10"));
        }
        queue.failCallWith.add("specialist#js-12#2026-06-10");

        assertThatThrownBy(() -> service.run(WEDNESDAY)).hasMessageContaining("SQS unavailable");
        assertThat(queue.sent()).hasSize(20);
        assertThat(log.claims).containsExactlyInAnyOrderElementsOf(
                queue.sent().stream().map(ReminderMessage::digestKey).toList());

        queue.failCallWith.clear();
        RunSummary rerun = service.run(WEDNESDAY);

        assertThat(rerun.enqueued()).isEqualTo(10);
        assertThat(queue.sent()).extracting(ReminderMessage::digestKey).doesNotHaveDuplicates().hasSize(30);
    }

    @Test
    void run_queueRejectsSome_withdrawsTheirClaimsFailsAndARerunSendsOnlyThose() {
        recipients.specialist("js-1", LocalDate.parse("2026-06-10"));
        recipients.specialist("js-2", LocalDate.parse("2026-06-10"));
        queue.reject.add("specialist#js-2#2026-06-10");

        assertThatThrownBy(() -> service.run(WEDNESDAY)).isInstanceOf(IllegalStateException.class);
        assertThat(log.claims).containsExactly("specialist#js-1#2026-06-10");

        queue.reject.clear();
        RunSummary rerun = service.run(WEDNESDAY);

        assertThat(rerun.enqueued()).isEqualTo(1);
        assertThat(queue.sent()).extracting(ReminderMessage::digestKey)
                .containsExactly("specialist#js-1#2026-06-10", "specialist#js-2#2026-06-10");
    }

    @Test
    void run_messagesCarryTheRecipientAndATeamLeadsTeamWithTheirDeliveryState() {
        Person lead = recipients.person("tl-1", Person.Role.TEAM_LEAD, "team-a", null);
        Person due = recipients.person("js-1", Person.Role.SPECIALIST, "team-a", LocalDate.parse("2026-06-10"));
        Person bouncing = recipients.person("js-2", Person.Role.SPECIALIST, "team-a", null);
        recipients.person("js-3", Person.Role.SPECIALIST, "team-b", null);
        recipients.suppressed.add(bouncing.email().orElseThrow());

        service.run(WEDNESDAY);

        assertThat(addresseesOf("specialist#js-1#2026-06-10"))
                .isEqualTo(new Addressees(List.of(due), Set.of()));
        assertThat(addresseesOf("team_lead#tl-1#2026-06-10"))
                .isEqualTo(new Addressees(List.of(lead, due, bouncing), Set.of("js-2")));
    }

    @Test
    void run_aTeamLargerThanAMessageHolds_itsLeadsMessageLeavesTheReadsToTheSender() {
        recipients.person("tl-1", Person.Role.TEAM_LEAD, "big", null);
        for (int i = 0; i <= Addressing.MAX_TEAM; i++) {
            recipients.person("js-" + i, Person.Role.SPECIALIST, "big", null);
        }

        service.run(WEDNESDAY);

        assertThat(queue.sent()).singleElement().satisfies(m -> assertThat(m.addressees()).isEmpty());
    }

    /**
     * Seeded sizes: the delivery states asked for are exactly the addresses of those with a
     * message (never of a specialist with nothing due), one request per chunk, and every message
     * marks exactly its suppressed people.
     */
    @Test
    void run_anyDirectory_readsTheDeliveryStateOfExactlyTheAddressesMessagedOncePerChunk() {
        for (long seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            FakeRecipients directory = new FakeRecipients();
            FakeQueue sent = new FakeQueue();
            int specialists = random.nextInt(3 * FollowUpSchedulerService.CHUNK);
            int leads = random.nextInt(4);
            Set<String> expectedAddresses = new java.util.HashSet<>();
            for (int i = 0; i < leads; i++) {
                directory.person("tl-" + i, Person.Role.TEAM_LEAD, "team-" + i, null);
            }
            Map<Integer, List<String>> teams = new HashMap<>();
            for (int i = 0; i < specialists; i++) {
                boolean isDue = random.nextInt(5) == 0;
                int team = random.nextInt(random.nextBoolean() ? 3 : 12);
                Person p = directory.person("js-" + i, Person.Role.SPECIALIST, "team-" + team,
                        isDue ? LocalDate.parse("2026-06-0" + (1 + random.nextInt(9))) : null);
                if (isDue) {
                    expectedAddresses.add(p.email().get());
                }
                teams.computeIfAbsent(team, t -> new ArrayList<>()).add(p.email().get());
                if (random.nextInt(7) == 0) {
                    directory.suppressed.add(p.email().get());
                }
            }
            // A team lead's mail names the team's specialists, unless they are too many for a message.
            for (int team = 0; team < leads; team++) {
                List<String> addresses = teams.getOrDefault(team, List.of());
                if (addresses.size() <= Addressing.MAX_TEAM) {
                    expectedAddresses.add("tl-" + team + "@nav.example");
                    expectedAddresses.addAll(addresses);
                }
            }
            new FollowUpSchedulerService(directory, directory, new FakeLog(), sent, WorkingDays.norway(), directory)
                    .run(WEDNESDAY);

            String run = "seed " + seed;
            assertThat(directory.asked.stream().flatMap(List::stream)).as(run)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedAddresses);
            int chunks = (specialists + FollowUpSchedulerService.CHUNK - 1) / FollowUpSchedulerService.CHUNK
                    + (leads + FollowUpSchedulerService.CHUNK - 1) / FollowUpSchedulerService.CHUNK;
            assertThat(directory.asked).as(run).hasSizeLessThanOrEqualTo(chunks);
            for (ReminderMessage message : sent.sent()) {
                if (message.addressees().isEmpty()) {
                    continue;
                }
                Addressees addressees = message.addressees().get();
                assertThat(addressees.find(message.recipientId())).as(run).isPresent();
                assertThat(addressees.suppressed()).as(run).containsExactlyInAnyOrderElementsOf(
                        addressees.people().stream().filter(p -> directory.suppressed.contains(p.email().get()))
                                .map(Person::personId).toList());
            }
        }
    }

    private Addressees addresseesOf(String digestKey) {
        return queue.sent().stream().filter(m -> m.digestKey().equals(digestKey)).findFirst().orElseThrow()
                .addressees().orElseThrow();
    }

    /**
     * The directory's active people, per specialist the earliest due date in the placements, and
     * the addresses SES reported as suppressed.
     */
    private static final class FakeRecipients implements Recipients, DueCheck, Suppressions {
        final List<Recipient> people = new ArrayList<>();
        final Set<String> suppressed = ConcurrentHashMap.newKeySet();
        /** Each batched delivery-state read, its addresses. */
        final List<List<String>> asked = new CopyOnWriteArrayList<>();
        final Map<String, LocalDate> earliestDue = new HashMap<>();
        final AtomicInteger dueReads = new AtomicInteger();
        volatile boolean dueIndexFails;
        int failAfter = Integer.MAX_VALUE;

        void specialist(String id, LocalDate earliestDueOn) {
            people.add(new Recipient(id, false));
            if (earliestDueOn != null) {
                earliestDue.put(id, earliestDueOn);
            }
        }

        void teamLead(String id) {
            people.add(new Recipient(id, true));
        }

        Person person(String id, Person.Role role, String team, LocalDate earliestDueOn) {
            Person person = new Person(id, role, Optional.of("Navn " + id), Optional.of(id + "@nav.example"),
                    Optional.of(team), Optional.empty(), true);
            people.add(new Recipient(person));
            if (earliestDueOn != null) {
                earliestDue.put(id, earliestDueOn);
            }
            return person;
        }

        @Override
        public boolean isSuppressed(String address) {
            throw new AssertionError("the scheduler reads delivery states in batches");
        }

        @Override
        public Set<String> suppressedAmong(Collection<String> addresses) {
            asked.add(List.copyOf(addresses));
            return addresses.stream().filter(suppressed::contains).collect(Collectors.toSet());
        }

        @Override
        public void forEachActive(Consumer<Recipient> each) {
            for (int i = 0; i < people.size(); i++) {
                if (i == failAfter) {
                    throw new IllegalStateException("scan failed");
                }
                each.accept(people.get(i));
            }
        }

        @Override
        public Set<String> specialistsDue(LocalDate date) {
            dueReads.incrementAndGet();
            if (dueIndexFails) {
                throw new IllegalStateException("due index unavailable");
            }
            return earliestDue.entrySet().stream().filter(e -> !e.getValue().isAfter(date)).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
        }
    }

    private static final class FakeQueue implements ReminderQueue {
        final List<List<ReminderMessage>> batches = new CopyOnWriteArrayList<>();
        final Set<String> reject = ConcurrentHashMap.newKeySet();
        /** A batch holding one of these fails as a whole call. */
        final Set<String> failCallWith = ConcurrentHashMap.newKeySet();

        @Override
        public List<ReminderMessage> send(List<ReminderMessage> batch) {
            assertThat(batch).hasSizeLessThanOrEqualTo(MAX_BATCH);
            if (batch.stream().anyMatch(m -> failCallWith.contains(m.digestKey()))) {
                throw new IllegalStateException("SQS unavailable");
            }
            List<ReminderMessage> rejected = batch.stream().filter(m -> reject.contains(m.digestKey())).toList();
            batches.add(batch.stream().filter(m -> !rejected.contains(m)).toList());
            return rejected;
        }

        List<ReminderMessage> sent() {
            return batches.stream().flatMap(List::stream).toList();
        }
    }

    /** Only the scheduler's half of the log: claims. */
    private static final class FakeLog implements DigestScheduling {
        final Set<String> claims = ConcurrentHashMap.newKeySet();
        final Set<String> failing = ConcurrentHashMap.newKeySet();
        final Map<String, Runnable> beforeClaim = new ConcurrentHashMap<>();
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public boolean schedule(ReminderMessage message) {
            attempts.incrementAndGet();
            beforeClaim.getOrDefault(message.digestKey(), () -> { }).run();
            if (failing.contains(message.digestKey())) {
                throw new IllegalStateException("claim failed");
            }
            return claims.add(message.digestKey());
        }

        @Override
        public void unschedule(ReminderMessage message) {
            claims.remove(message.digestKey());
        }
    }

}
