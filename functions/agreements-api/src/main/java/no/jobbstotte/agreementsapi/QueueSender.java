package no.jobbstotte.agreementsapi;

import java.util.List;
import no.jobbstotte.shared.agreement.AgreementMessage;

/** Puts accepted agreement versions on the agreements FIFO queue. */
public interface QueueSender {

    /** @throws QueueUnavailableException if any message could not be sent; the caller may retry all */
    void send(List<AgreementMessage> messages);

    final class QueueUnavailableException extends RuntimeException {
        public QueueUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
