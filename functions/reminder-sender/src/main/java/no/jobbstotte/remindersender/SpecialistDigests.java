package no.jobbstotte.remindersender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.digest.Digest;
import no.jobbstotte.shared.followup.digest.DigestBuilder;
import no.jobbstotte.shared.followup.digest.DigestEmailRenderer;
import no.jobbstotte.shared.followup.digest.JobSpecialist;
import no.jobbstotte.shared.followup.reminders.DirectoryEntry;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;

/** A specialist's morning digest: overdue, due today and the rest of the ISO week. */
final class SpecialistDigests {

    private final Directory directory;
    private final Placements placements;
    private final WorkingDays workingDays;
    private final DigestEmailRenderer renderer;

    @Inject
    SpecialistDigests(Directory directory, Placements placements, WorkingDays workingDays, ReminderSettings settings) {
        this.directory = directory;
        this.placements = placements;
        this.workingDays = workingDays;
        this.renderer = new DigestEmailRenderer(settings.caseUrlTemplate());
    }

    Outcome compose(ReminderMessage message) {
        Optional<DirectoryEntry> entry = directory.find(message.recipientId())
                .filter(e -> e.isActive(DirectoryEntry.SPECIALIST));
        if (entry.isEmpty()) {
            return new Outcome.NothingDue("unknown or inactive specialist");
        }
        Optional<JobSpecialist> specialist = entry.get().toJobSpecialist();
        if (specialist.isEmpty()) {
            return new Outcome.NothingDue("specialist has no work e-mail");
        }
        LocalDate endOfWeek = message.date().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Digest digest = DigestBuilder.build(specialist.get(), message.date(),
                placements.dueUpTo(message.recipientId(), endOfWeek), workingDays);
        if (digest.isEmpty()) {
            return new Outcome.NothingDue("nothing overdue or due today");
        }
        return new Outcome.Mail(specialist.get().workEmail(), renderer.render(digest),
                digest.overdue().size() + digest.dueToday().size() + digest.upcoming().size());
    }
}
