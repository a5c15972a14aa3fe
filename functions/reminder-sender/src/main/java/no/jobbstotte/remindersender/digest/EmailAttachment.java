package no.jobbstotte.remindersender.digest;

import java.util.Objects;

/** A file sent with an e-mail, e.g. the digest's calendar. */
public record EmailAttachment(String fileName, String contentType, byte[] content) {
    public EmailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
