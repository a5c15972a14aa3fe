package no.jobbstotte.volunteersignup;

import java.net.URI;
import javax.inject.Inject;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.maildelivery.Suppressions;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The volunteer's e-mails, in Norwegian. Plain text: links in it work in every mail client. Nothing
 * goes to an address that bounced hard or complained: a sign-up whose confirmation bounced gets no
 * further mail and, never confirmed, expires after 72 hours uncounted.
 */
public final class VolunteerMailer {

    private static final Log LOG = Log.get(VolunteerMailer.class);

    private final SesV2Client ses;
    private final String sender;
    private final String configurationSet;
    private final Suppressions suppressions;

    @Inject
    public VolunteerMailer(SesV2Client ses, VolunteerSettings settings, Suppressions suppressions) {
        this.ses = ses;
        this.sender = settings.sender();
        this.configurationSet = settings.configurationSet();
        this.suppressions = suppressions;
    }

    public void confirmation(String to, String firstName, URI link) {
        send(to, "Bekreft at du vil bli frivillig i Jobbstøtte", """
                Hei %s!

                Takk for at du vil bli frivillig. Bekreft påmeldingen ved å åpne lenken under innen 72 timer:

                %s

                Har du ikke meldt deg på selv, kan du se bort fra denne e-posten. Da sletter vi opplysningene automatisk.

                Hilsen Jobbstøtte
                """.formatted(firstName, link));
    }

    /** Sent instead of a second sign-up, so the form never reveals whether an address is known. */
    public void alreadyRegistered(String to) {
        send(to, "Du er allerede frivillig i Jobbstøtte", """
                Hei!

                Noen, trolig du, meldte nettopp på denne e-postadressen som frivillig i Jobbstøtte. Adressen er allerede registrert, så du trenger ikke gjøre noe.

                Vil du at vi sletter opplysningene dine, kan du be om sletting på nettsiden for frivillige.

                Hilsen Jobbstøtte
                """);
    }

    public void erasureLink(String to, URI link) {
        send(to, "Slett opplysningene dine hos Jobbstøtte", """
                Hei!

                Vi har fått en forespørsel om å slette opplysningene dine som frivillig. Åpne lenken under innen 24 timer for å bekrefte slettingen:

                %s

                Har du ikke bedt om dette, kan du se bort fra e-posten. Da skjer ingenting.

                Hilsen Jobbstøtte
                """.formatted(link));
    }

    private void send(String to, String subject, String text) {
        if (suppressions.isSuppressed(to)) {
            LOG.info("volunteer mail not sent: the address bounced or complained before");
            return;
        }
        ses.sendEmail(r -> r.fromEmailAddress(sender).configurationSetName(configurationSet)
                .destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m
                        .subject(s -> s.data(subject).charset("UTF-8"))
                        .body(b -> b.text(t -> t.data(text).charset("UTF-8"))))));
    }
}
