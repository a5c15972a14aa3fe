package no.jobbstotte.remindersender;

import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.remindersender.digest.RenderedEmail;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Attachment;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;

/** SES v2 SendEmail with simple content: subject, plain text and HTML, all UTF-8, and attachments. */
final class SesMailer implements Mailer {

    private final SesV2Client ses;
    private final String from;
    private final String configurationSet;

    /** @param configurationSet the set whose event destination reports bounces and complaints */
    SesMailer(SesV2Client ses, String from, String configurationSet) {
        this.ses = ses;
        this.from = from;
        this.configurationSet = configurationSet;
    }

    /**
     * SES refusing this very message (a bad or suppressed address, rejected content) is final: it
     * goes to the dead-letter queue at once with the reason instead of five identical retries.
     * Throttling and outages still fail the message for a retry.
     */
    @Override
    public String send(String to, RenderedEmail email) {
        try {
            return ses.sendEmail(b -> b.fromEmailAddress(from).configurationSetName(configurationSet)
                    .destination(d -> d.toAddresses(to))
                    .content(c -> c.simple(m -> m.subject(utf8(email.subject()))
                            .body(body -> body.text(utf8(email.text())).html(utf8(email.html())))
                            .attachments(attachments(email)))))
                    .messageId();
        } catch (MessageRejectedException rejected) {
            throw new InvalidMessageException("SES rejected the digest (MessageRejected)", rejected);
        }
    }

    /** SES v2 simple content carries attachments itself (no hand-built MIME); the digest's calendar is one. */
    private static List<Attachment> attachments(RenderedEmail email) {
        return email.attachments().stream().map(a -> Attachment.builder().fileName(a.fileName())
                .contentType(a.contentType()).contentDisposition(AttachmentContentDisposition.ATTACHMENT)
                .rawContent(SdkBytes.fromByteArray(a.content())).build()).toList();
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
