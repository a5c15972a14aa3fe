package no.jobbstotte.followupscheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.Addressees;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.placements.DueCheck;

/**
 * SnapStart prime: the holiday calendar for this year and next, the reminder message's JSON (with
 * addressees), and the due-date index read for a day long before any placement (builds the
 * DynamoDB client's request pipeline; nothing is due then). Writes nothing and enqueues nothing.
 */
final class FollowUpSchedulerPriming implements Runnable {

    static final String ABSENT = "snapstart-prime-absent";
    static final LocalDate BEFORE_ANY_PLACEMENT = LocalDate.of(2000, 1, 3);

    private final DueCheck placements;
    private final ReminderMessageCodec codec;
    private final WorkingDays workingDays;

    @Inject
    FollowUpSchedulerPriming(DueCheck placements, WorkingDays workingDays) {
        this.placements = placements;
        this.codec = new ReminderMessageCodec();
        this.workingDays = workingDays;
    }

    @Override
    public void run() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            workingDays.isWorkingDay(LocalDate.of(year, 5, 17));
        }
        Person absent = new Person(ABSENT, Person.Role.SPECIALIST, Optional.of("Prime"),
                Optional.of("prime@example.invalid"), Optional.of(ABSENT), Optional.empty(), true);
        codec.parse(codec.write(new ReminderMessage(ReminderKind.SPECIALIST, ABSENT, day, Instant.EPOCH)
                .with(new Addressees(List.of(absent), Set.of(ABSENT)))));
        placements.specialistsDue(BEFORE_ANY_PLACEMENT);
    }
}
