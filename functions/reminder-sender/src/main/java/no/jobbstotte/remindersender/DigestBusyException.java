package no.jobbstotte.remindersender;

/** Another delivery of the same digest holds the lease; this one is retried after it. */
final class DigestBusyException extends RuntimeException {
    DigestBusyException(String digestKey) {
        super("digest is being sent by another delivery: " + digestKey);
    }
}
