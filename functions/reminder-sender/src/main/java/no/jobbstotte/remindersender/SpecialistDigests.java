package no.jobbstotte.remindersender;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.remindersender.digest.Digest;
import no.jobbstotte.remindersender.digest.DigestCalendar;
import no.jobbstotte.remindersender.digest.DigestBuilder;
import no.jobbstotte.remindersender.digest.DigestEmailRenderer;
import no.jobbstotte.remindersender.digest.JobSpecialist;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.table.directory.Directory;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.placements.Caseloads;

/** A specialist's morning digest: overdue, due today and the rest of the ISO week, with its calendar file. */
final class SpecialistDigests {

    private final Caseloads placements;
    private final WorkingDays workingDays;
    private final DigestEmailRenderer renderer;
    private final SignedActionUrls actions;
    private final DigestCalendar calendar;
    private final Clock clock;

    @Inject
    SpecialistDigests(Caseloads placements, WorkingDays workingDays, ReminderSettings settings,
            SignedActionUrls actions, Clock clock) {
        this.placements = placements;
        this.workingDays = workingDays;
        this.actions = actions;
        this.calendar = new DigestCalendar(settings.caseUrlTemplate(), workingDays);
        this.clock = clock;
        this.renderer = new DigestEmailRenderer(settings.caseUrlTemplate(), workingDays);
    }

    Outcome compose(ReminderMessage message, Directory directory) {
        Optional<Person> person = directory.find(message.recipientId())
                .filter(p -> p.isActive(Person.Role.SPECIALIST));
        if (person.isEmpty()) {
            return new Outcome.NothingDue("unknown or inactive specialist");
        }
        Optional<JobSpecialist> specialist = JobSpecialist.of(person.get());
        if (specialist.isEmpty()) {
            return new Outcome.NothingDue("specialist has no work e-mail");
        }
        LocalDate endOfWeek = message.date().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Digest digest = DigestBuilder.build(specialist.get(), message.date(),
                placements.dueUpTo(message.recipientId(), endOfWeek), workingDays);
        if (digest.isEmpty()) {
            return new Outcome.NothingDue("nothing overdue or due today");
        }
        return new Outcome.Mail(specialist.get().workEmail(), renderer.render(digest, actions.forDigest(message.date()))
                        .with(calendar.attachment(digest, clock.instant())),
                digest.overdue().size() + digest.dueToday().size() + digest.upcoming().size());
    }
}
