package no.jobbstotte.shared.followup.event;

import no.jobbstotte.shared.batch.InvalidMessageException;

/**
 * An inbound event that can never be applied. The reason names the field and the rule it
 * breaks; it never quotes a value, so it is safe to log and to put on the dead-letter queue.
 */
public class InvalidPlacementEventException extends InvalidMessageException {
    public InvalidPlacementEventException(String reason) {
        super(reason);
    }
}
