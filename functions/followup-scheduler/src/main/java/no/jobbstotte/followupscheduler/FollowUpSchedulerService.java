package no.jobbstotte.followupscheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.inject.Inject;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.Addressees;
import no.jobbstotte.shared.followup.reminders.FidelityWeek;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.directory.Recipients;
import no.jobbstotte.shared.table.directory.Recipients.Recipient;
import no.jobbstotte.shared.table.maildelivery.Suppressions;
import no.jobbstotte.shared.table.placements.DueCheck;
import no.jobbstotte.shared.table.reminderslog.DigestScheduling;

/**
 * One morning run: claims a digest per specialist with something due and per active team lead
 * in the RemindersLog, and enqueues a message for each new claim. The claim makes a re-run for
 * the same day enqueue nothing; the sender decides whether a team lead has anything to read. On
 * the first working day of an ISO week it also claims each team lead's weekly fidelity mail, its
 * claim keyed by the week (see {@link FidelityWeek}), so no re-run that week enqueues it again.
 *
 * <p>Who is due comes first, from the due-date index (a few queries, growing with what is due,
 * not with the directory). Specialists are then streamed and handled a chunk at a time; the team
 * leads follow once the scan is done, as their mails list the team's specialists, met anywhere in
 * the scan (see {@link Addressing}: each message carries who it is for, with their delivery state,
 * so the sender reads neither). Within a chunk the claims (one round trip per due specialist
 * and per team lead) run on a small pool; the run's own thread, otherwise just waiting for them, sends each ten claimed
 * messages as one SendMessageBatch as soon as they are in, so the sending overlaps the claims
 * still running instead of following them. Every claim of a chunk is enqueued or withdrawn before
 * the next chunk starts, so a run that fails part-way leaves no claim without its message and a
 * re-run completes the rest at once.
 */
final class FollowUpSchedulerService {

    /**
     * DynamoDB calls in flight at once (the SQS batches go out from the run's own thread, to
     * another host). The url-connection HTTP client keeps at most five idle connections per host
     * (the JDK's {@code http.maxConnections}); more threads would open and drop connections on
     * every call instead of reusing them.
     */
    static final int PARALLELISM = 5;
    /** Recipients per chunk: enough to keep the pool busy, few enough to bound memory. */
    static final int CHUNK = 200;

    private static final Log LOG = Log.get(FollowUpSchedulerService.class);

    private final Recipients recipients;
    private final DueCheck placements;
    private final DigestScheduling log;
    private final ReminderQueue queue;
    private final WorkingDays workingDays;
    private final Suppressions suppressions;
    private final int parallelism;

    @Inject
    FollowUpSchedulerService(Recipients recipients, DueCheck placements, DigestScheduling log, ReminderQueue queue,
            WorkingDays workingDays, Suppressions suppressions) {
        this(recipients, placements, log, queue, workingDays, suppressions, PARALLELISM);
    }

    FollowUpSchedulerService(Recipients recipients, DueCheck placements, DigestScheduling log, ReminderQueue queue,
            WorkingDays workingDays, Suppressions suppressions, int parallelism) {
        this.recipients = recipients;
        this.placements = placements;
        this.log = log;
        this.queue = queue;
        this.workingDays = workingDays;
        this.suppressions = suppressions;
        this.parallelism = parallelism;
    }

    RunSummary run(Instant scheduledAt) {
        LocalDate date = WorkingDays.osloDate(scheduledAt);
        if (!workingDays.isWorkingDay(date)) {
            LOG.info("not a working day; no reminders", "date", date.toString());
            return RunSummary.notAWorkingDay(date);
        }
        Set<String> due = placements.specialistsDue(date);
        Run run;
        // Threads per run, not per container: nothing lingers between invocations or in a snapshot.
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            run = new Run(date, scheduledAt, due, FidelityWeek.isFirstWorkingDay(date, workingDays), pool);
            recipients.forEachActive(run::consider);
            run.considerTeamLeads();
        }
        RunSummary summary = run.summary();
        LOG.info("reminders scheduled", "date", date.toString(), "specialistsDue", summary.specialistsDue(),
                "teamLeads", summary.teamLeads(), "enqueued", summary.enqueued(),
                "alreadyScheduled", summary.alreadyScheduled(), "fidelityWeek", run.fidelityWeek,
                "failed", run.failed);
        if (run.failed > 0) {
            // Their claims were withdrawn; failing the run makes the scheduler retry just those.
            throw new IllegalStateException(run.failed + " reminders could not be enqueued");
        }
        return summary;
    }

    /**
     * What became of one recipient: not due, or due with its new claims ({@code claimed}) and how
     * many of its mails were claimed already ({@code refused}): a team lead has two on a fidelity day.
     */
    private record Considered(Recipient recipient, boolean due, List<ReminderMessage> claimed, int refused) {}

    private final class Run {
        final LocalDate date;
        final Instant scheduledAt;
        final Set<String> due;
        /** Today is the first working day of its ISO week: team leads' fidelity mails are due too. */
        final boolean fidelityWeek;
        final ExecutorService pool;
        final List<Recipient> chunk = new ArrayList<>(CHUNK);
        final List<Recipient> teamLeadsFound = new ArrayList<>();
        final Addressing addressing = new Addressing(suppressions);
        int specialists;
        int specialistsDue;
        int teamLeads;
        int enqueued;
        int alreadyScheduled;
        int failed;

        Run(LocalDate date, Instant scheduledAt, Set<String> due, boolean fidelityWeek, ExecutorService pool) {
            this.date = date;
            this.scheduledAt = scheduledAt;
            this.due = due;
            this.fidelityWeek = fidelityWeek;
            this.pool = pool;
        }

        void consider(Recipient recipient) {
            if (recipient.teamLead()) {
                teamLeadsFound.add(recipient);
                return;
            }
            addressing.noteSpecialist(recipient.person());
            add(recipient);
        }

        /**
         * After the scan, when every team's specialists are known; they join the scan's last chunk,
         * so a directory of one chunk is one round of reads and batches.
         */
        void considerTeamLeads() {
            teamLeadsFound.forEach(this::add);
            finishChunk();
        }

        private void add(Recipient recipient) {
            chunk.add(recipient);
            if (chunk.size() == CHUNK) {
                finishChunk();
            }
        }

        /** Claims the chunk's digests, enqueues every new claim, then fails if any claim failed. */
        void finishChunk() {
            // Read before any claim: a failed read leaves no claim behind.
            Map<String, Addressees> addressees = addressing.of(chunk, due);
            List<Future<Considered>> considering = new ArrayList<>(chunk.size());
            for (Recipient recipient : chunk) {
                considering.add(pool.submit(() -> claim(recipient, addressees.get(recipient.personId()))));
            }
            chunk.clear();
            Failures failures = new Failures();
            List<ReminderMessage> claimed = new ArrayList<>(ReminderQueue.MAX_BATCH);
            for (Future<Considered> future : considering) {
                failures.await(future).ifPresent(considered -> tally(considered, claimed));
                if (claimed.size() >= ReminderQueue.MAX_BATCH) {
                    enqueue(claimed, failures);
                }
            }
            while (!claimed.isEmpty()) {
                enqueue(claimed, failures);
            }
            failures.throwIfAny();
        }

        Considered claim(Recipient recipient, Addressees addressees) {
            if (!recipient.teamLead() && !due.contains(recipient.personId())) {
                return new Considered(recipient, false, List.of(), 0);
            }
            List<ReminderKind> kinds = !recipient.teamLead() ? List.of(ReminderKind.SPECIALIST)
                    : fidelityWeek ? List.of(ReminderKind.TEAM_LEAD, ReminderKind.FIDELITY)
                    : List.of(ReminderKind.TEAM_LEAD);
            List<ReminderMessage> claimed = new ArrayList<>(kinds.size());
            try {
                for (ReminderKind kind : kinds) {
                    ReminderMessage message = new ReminderMessage(kind, recipient.personId(), date, scheduledAt);
                    message = addressees == null ? message : message.with(addressees);
                    if (log.schedule(message)) {
                        claimed.add(message);
                    }
                }
            } catch (RuntimeException e) {
                // A failed recipient leaves no claim behind that no message is on its way for.
                claimed.forEach(log::unschedule);
                throw e;
            }
            return new Considered(recipient, true, claimed, kinds.size() - claimed.size());
        }

        void tally(Considered considered, List<ReminderMessage> claimed) {
            if (considered.recipient().teamLead()) {
                teamLeads++;
            } else {
                specialists++;
                if (considered.due()) {
                    specialistsDue++;
                }
            }
            claimed.addAll(considered.claimed());
            alreadyScheduled += considered.refused();
        }

        /**
         * Sends up to a batch of the claimed messages and removes them from the list (a team lead's
         * second mail may leave one over for the next batch); a failure is kept for the chunk's end.
         */
        void enqueue(List<ReminderMessage> claimed, Failures failures) {
            List<ReminderMessage> taken = claimed.subList(0, Math.min(claimed.size(), ReminderQueue.MAX_BATCH));
            List<ReminderMessage> batch = List.copyOf(taken);
            taken.clear();
            try {
                int rejected = send(batch);
                failed += rejected;
                enqueued += batch.size() - rejected;
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }

        /** Sends one batch; returns how many SQS did not take, whose claims are withdrawn. */
        int send(List<ReminderMessage> batch) {
            List<ReminderMessage> rejected;
            try {
                rejected = queue.send(batch);
            } catch (RuntimeException e) {
                batch.forEach(log::unschedule);
                throw e;
            }
            rejected.forEach(log::unschedule);
            return rejected.size();
        }

        RunSummary summary() {
            return new RunSummary(date, true, specialists, specialistsDue, teamLeads, enqueued, alreadyScheduled);
        }
    }

    /** The first failure of a chunk's tasks, the others suppressed in it; rethrown once the chunk is settled. */
    private static final class Failures {
        private RuntimeException first;

        <T> Optional<T> await(Future<T> future) {
            try {
                return Optional.of(future.get());
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case RuntimeException runtime -> add(runtime);
                    case Error error -> throw error;
                    default -> add(new IllegalStateException(e.getCause()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                add(new IllegalStateException("interrupted while scheduling reminders", e));
            }
            return Optional.empty();
        }

        private void add(RuntimeException e) {
            if (first == null) {
                first = e;
            } else if (first != e) {
                first.addSuppressed(e);
            }
        }

        void throwIfAny() {
            if (first != null) {
                throw first;
            }
        }
    }
}
