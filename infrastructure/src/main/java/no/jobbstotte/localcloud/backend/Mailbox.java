package no.jobbstotte.localcloud.backend;

import java.util.List;
import no.jobbstotte.localcloud.emulator.SentEmail;

/** The e-mails the functions sent through SES, as the emulator recorded them. */
public interface Mailbox {
    List<SentEmail> sent();

    void clear();
}
