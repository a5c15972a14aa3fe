package no.jobbstotte.followupscheduler;

import java.util.List;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;

/** The RemindersQueue, written in batches. */
interface ReminderQueue {

    /** At most this many messages per call: SQS SendMessageBatch's limit. */
    int MAX_BATCH = 10;

    /** Sends the batch; returns the messages SQS did not accept. */
    List<ReminderMessage> send(List<ReminderMessage> batch);
}
