package no.jobbstotte.followupscheduler;

import java.time.Instant;
import java.time.LocalDate;
import javax.inject.Inject;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;

/**
 * SnapStart prime: the holiday calendar for this year and next, the reminder message's JSON, and
 * one Query on the due index for a specialist that cannot exist (builds the DynamoDB client's
 * request pipeline). Writes nothing and enqueues nothing.
 */
final class FollowUpSchedulerPriming implements Runnable {

    static final String ABSENT = "snapstart-prime-absent";

    private final Recipients recipients;
    private final ReminderMessageCodec codec;
    private final WorkingDays workingDays;

    @Inject
    FollowUpSchedulerPriming(Recipients recipients, WorkingDays workingDays) {
        this.recipients = recipients;
        this.codec = new ReminderMessageCodec();
        this.workingDays = workingDays;
    }

    @Override
    public void run() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            workingDays.isWorkingDay(LocalDate.of(year, 5, 17));
        }
        codec.parse(codec.write(new ReminderMessage(ReminderKind.SPECIALIST, ABSENT, day, Instant.EPOCH)));
        recipients.hasDue(ABSENT, day);
    }
}
