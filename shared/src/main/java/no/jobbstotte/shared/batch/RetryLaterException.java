package no.jobbstotte.shared.batch;

/**
 * Not a failure: the message cannot be handled yet (another delivery of the same work holds it)
 * and is to be retried after its visibility timeout. SQS delivers a message more than once now and
 * then, so this is expected; {@link PartialBatch} reports it for redelivery and logs it at INFO, not
 * as an ERROR that would page someone. The message names ids and state, never personal data.
 */
public class RetryLaterException extends RuntimeException {
    public RetryLaterException(String message) {
        super(message, null, false, false);
    }
}
