package no.jobbstotte.localcloud.emulator;

import java.time.Instant;
import java.util.List;

/**
 * One mail the SES emulator accepted. text and html are null when the mail had no such body;
 * sentAt has whole-second precision, as the emulator keeps it.
 */
public record SentEmail(
        String messageId,
        String from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        String subject,
        String text,
        String html,
        Instant sentAt,
        List<Attachment> attachments) {

    public SentEmail {
        attachments = List.copyOf(attachments);
    }

    /** A mail without attachments (or from a backend that does not report them). */
    public SentEmail(String messageId, String from, List<String> to, List<String> cc, List<String> bcc, String subject,
            String text, String html, Instant sentAt) {
        this(messageId, from, to, cc, bcc, subject, text, html, sentAt, List.of());
    }

    /** A file sent with the mail, its bytes as SES received them. */
    public record Attachment(String fileName, String contentType, byte[] content) {}
}
