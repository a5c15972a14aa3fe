package no.jobbstotte.followupscheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.followup.reminders.RemindersLog;
import no.jobbstotte.shared.log.Log;

/**
 * One morning run: claims a digest per specialist with something due and per active team lead
 * in the RemindersLog, and enqueues a message for each new claim. The claim makes a re-run for
 * the same day enqueue nothing; the sender decides whether a team lead has anything to read.
 * Recipients are streamed and messages sent ten at a time, so memory does not grow with the
 * directory.
 */
final class FollowUpSchedulerService {

    private static final Log LOG = Log.get(FollowUpSchedulerService.class);

    private final Recipients recipients;
    private final RemindersLog log;
    private final ReminderQueue queue;
    private final WorkingDays workingDays;

    @Inject
    FollowUpSchedulerService(Recipients recipients, RemindersLog log, ReminderQueue queue, WorkingDays workingDays) {
        this.recipients = recipients;
        this.log = log;
        this.queue = queue;
        this.workingDays = workingDays;
    }

    RunSummary run(Instant scheduledAt) {
        LocalDate date = WorkingDays.osloDate(scheduledAt);
        if (!workingDays.isWorkingDay(date)) {
            LOG.info("not a working day; no reminders", "date", date.toString());
            return RunSummary.notAWorkingDay(date);
        }
        Run run = new Run(date, scheduledAt);
        recipients.forEachActive(run::consider);
        run.flush();
        RunSummary summary = run.summary();
        LOG.info("reminders scheduled", "date", date.toString(), "specialistsDue", summary.specialistsDue(),
                "teamLeads", summary.teamLeads(), "enqueued", summary.enqueued(),
                "alreadyScheduled", summary.alreadyScheduled(), "failed", run.failed);
        if (run.failed > 0) {
            // Their claims were withdrawn; failing the run makes the scheduler retry just those.
            throw new IllegalStateException(run.failed + " reminders could not be enqueued");
        }
        return summary;
    }

    private final class Run {
        final LocalDate date;
        final Instant scheduledAt;
        final List<ReminderMessage> pending = new ArrayList<>(ReminderQueue.MAX_BATCH);
        int specialists;
        int specialistsDue;
        int teamLeads;
        int enqueued;
        int alreadyScheduled;
        int failed;

        Run(LocalDate date, Instant scheduledAt) {
            this.date = date;
            this.scheduledAt = scheduledAt;
        }

        void consider(Recipients.Recipient recipient) {
            if (recipient.teamLead()) {
                teamLeads++;
            } else {
                specialists++;
                if (!recipients.hasDue(recipient.personId(), date)) {
                    return;
                }
                specialistsDue++;
            }
            ReminderKind kind = recipient.teamLead() ? ReminderKind.TEAM_LEAD : ReminderKind.SPECIALIST;
            ReminderMessage message = new ReminderMessage(kind, recipient.personId(), date, scheduledAt);
            if (!log.schedule(message)) {
                alreadyScheduled++;
                return;
            }
            pending.add(message);
            if (pending.size() == ReminderQueue.MAX_BATCH) {
                flush();
            }
        }

        void flush() {
            List<ReminderMessage> batch = List.copyOf(pending);
            pending.clear();
            List<ReminderMessage> rejected;
            try {
                rejected = queue.send(batch);
            } catch (RuntimeException e) {
                batch.forEach(log::unschedule);
                throw e;
            }
            rejected.forEach(log::unschedule);
            failed += rejected.size();
            enqueued += batch.size() - rejected.size();
        }

        RunSummary summary() {
            return new RunSummary(date, true, specialists, specialistsDue, teamLeads, enqueued, alreadyScheduled);
        }
    }
}
