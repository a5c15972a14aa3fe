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
        Instant sentAt) {}
