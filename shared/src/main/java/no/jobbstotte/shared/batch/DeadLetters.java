package no.jobbstotte.shared.batch;

import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;

/** Where a message that can never succeed goes, with the reason, instead of into a retry loop. */
@FunctionalInterface
public interface DeadLetters {
    void send(SQSMessage message, String reason);
}
