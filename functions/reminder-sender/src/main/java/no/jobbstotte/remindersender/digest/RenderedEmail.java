package no.jobbstotte.remindersender.digest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** An e-mail ready for SES: the same content as plain text and as HTML, and any attachments. */
public record RenderedEmail(String subject, String text, String html, List<EmailAttachment> attachments) {
    public RenderedEmail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        attachments = List.copyOf(attachments);
    }

    public RenderedEmail(String subject, String text, String html) {
        this(subject, text, html, List.of());
    }

    public RenderedEmail with(EmailAttachment attachment) {
        return new RenderedEmail(subject, text, html, Stream.concat(attachments.stream(), Stream.of(attachment)).toList());
    }
}
