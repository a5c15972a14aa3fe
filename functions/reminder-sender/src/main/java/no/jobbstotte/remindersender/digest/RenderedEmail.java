package no.jobbstotte.remindersender.digest;

import java.util.Objects;

/** An e-mail ready for SES: the same content as plain text and as HTML. */
public record RenderedEmail(String subject, String text, String html) {
    public RenderedEmail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
