package no.jobbstotte.agreementsapi;

import java.util.List;
import no.jobbstotte.shared.agreement.AgreementMessage;

/** Puts accepted agreement versions on the agreements FIFO queue. */
public interface QueueSender {

    /**
     * @throws QueueUnavailableException if any message could not be sent, with those that were; the
     *     caller may retry all (the queue and the store take a version once)
     */
    void send(List<AgreementMessage> messages);

    /** The queue did not take every message; {@link #queued()} says which it did take. */
    final class QueueUnavailableException extends RuntimeException {
        private final transient List<AgreementMessage> queued;

        public QueueUnavailableException(String message, Throwable cause, List<AgreementMessage> queued) {
            super(message, cause);
            this.queued = List.copyOf(queued);
        }

        /** The messages SQS confirmed before the failure: only these may be reported as accepted. */
        public List<AgreementMessage> queued() {
            return queued;
        }
    }
}
