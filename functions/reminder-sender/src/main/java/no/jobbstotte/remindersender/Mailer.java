package no.jobbstotte.remindersender;

import no.jobbstotte.remindersender.digest.RenderedEmail;

/** Sends one e-mail; returns the provider's message id. */
interface Mailer {
    String send(String to, RenderedEmail email);
}
