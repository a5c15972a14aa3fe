package no.jobbstotte.remindersender;

import no.jobbstotte.shared.batch.RetryLaterException;

/** Another delivery of the same digest holds the lease; this one is retried after it. */
final class DigestBusyException extends RetryLaterException {
    DigestBusyException(String digestKey) {
        super("digest is being sent by another delivery: " + digestKey);
    }
}
