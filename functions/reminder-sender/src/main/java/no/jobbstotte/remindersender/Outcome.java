package no.jobbstotte.remindersender;

import java.util.Objects;
import no.jobbstotte.remindersender.digest.RenderedEmail;

/** What a digest comes to: an e-mail to send, or nothing, with a reason for the log table. */
sealed interface Outcome {

    record Mail(String to, RenderedEmail email, int items) implements Outcome {
        public Mail {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(email, "email");
        }
    }

    /** @param reason ids and rules only, never personal data */
    record NothingDue(String reason) implements Outcome {}
}
