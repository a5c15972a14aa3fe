package no.jobbstotte.remindersender;

import no.jobbstotte.shared.followup.digest.RenderedEmail;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Content;

/** SES v2 SendEmail with simple content: subject, plain text and HTML, all UTF-8. */
final class SesMailer implements Mailer {

    private final SesV2Client ses;
    private final String from;

    SesMailer(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public String send(String to, RenderedEmail email) {
        return ses.sendEmail(b -> b.fromEmailAddress(from)
                .destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m.subject(utf8(email.subject()))
                        .body(body -> body.text(utf8(email.text())).html(utf8(email.html()))))))
                .messageId();
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
