package no.jobbstotte.shared.batch;

/**
 * A message that can never succeed, however often it is retried: malformed, invalid, or
 * refused by a business rule. It goes to the dead-letter queue with this reason at once.
 * The reason must name fields and rules, never quote personal data from the message.
 */
public class InvalidMessageException extends RuntimeException {
    public InvalidMessageException(String reason) {
        super(reason);
    }

    public InvalidMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
