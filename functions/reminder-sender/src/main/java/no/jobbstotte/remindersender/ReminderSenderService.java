package no.jobbstotte.remindersender;

import javax.inject.Inject;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.directory.Directory;
import no.jobbstotte.shared.table.maildelivery.Suppressions;
import no.jobbstotte.shared.table.reminderslog.DigestSending;

/**
 * One reminders message in (a digest, or a team lead's weekly fidelity mail), at most one e-mail out. The log claim (with a lease) makes a
 * redelivered message send nothing twice. A failure before the e-mail went out gives the lease
 * back so the retry can run at once; after SES accepted it, the digest is marked SENT. If that
 * last write fails, the retry waits for the lease to lapse and sends again: a rare duplicate
 * rather than a lost reminder. Nothing goes to an address that bounced hard or complained (the
 * team lead hears of a specialist's in the next team digest, see {@link TeamLeadDigests}).
 */
final class ReminderSenderService {

    private static final Log LOG = Log.get(ReminderSenderService.class);

    private final DigestSending log;
    private final SpecialistDigests specialists;
    private final TeamLeadDigests teamLeads;
    private final FidelityMails fidelity;
    private final Mailer mailer;
    private final WorkingDays workingDays;
    private final Directory directory;
    private final Suppressions suppressions;

    @Inject
    ReminderSenderService(DigestSending log, SpecialistDigests specialists, TeamLeadDigests teamLeads,
            FidelityMails fidelity, Mailer mailer, WorkingDays workingDays, Directory directory,
            Suppressions suppressions) {
        this.log = log;
        this.specialists = specialists;
        this.teamLeads = teamLeads;
        this.fidelity = fidelity;
        this.mailer = mailer;
        this.workingDays = workingDays;
        this.directory = directory;
        this.suppressions = suppressions;
    }

    void send(ReminderMessage message) {
        if (!workingDays.isWorkingDay(message.date())) {
            throw new InvalidMessageException("date is not a Norwegian working day");
        }
        switch (log.claimForSending(message)) {
            case DONE -> {
                LOG.info("digest already handled; nothing sent", "digestKey", message.digestKey());
                return;
            }
            case BUSY -> throw new DigestBusyException(message.digestKey());
            case CLAIMED -> { }
        }
        Addressed to = addressed(message);
        Outcome outcome = withLeaseReleasedOnFailure(message, () -> suppressedOrNot(compose(message, to), to));
        switch (outcome) {
            case Outcome.NothingDue nothing -> {
                log.markNothingDue(message, nothing.reason());
                LOG.info("no digest", "digestKey", message.digestKey(), "reason", nothing.reason());
            }
            case Outcome.Mail mail -> {
                String sesMessageId = withLeaseReleasedOnFailure(message, () -> mailer.send(mail.to(), mail.email()));
                log.markSent(message, sesMessageId);
                LOG.info("digest sent", "digestKey", message.digestKey(), "items", mail.items(),
                        "sesMessageId", sesMessageId);
            }
        }
    }

    /**
     * Who the message is for and whose address takes no mail: as the scheduler read them and put
     * them on the message (no read here), or, on a message without (an older scheduler's, a
     * tool's), from the directory and MailDeliveryTable now.
     */
    private Addressed addressed(ReminderMessage message) {
        return message.addressees().map(a -> new Addressed(a, a)).orElseGet(() -> new Addressed(directory, suppressions));
    }

    /** A digest for an address SES reported as bouncing or complaining is not sent. */
    private Outcome suppressedOrNot(Outcome outcome, Addressed to) {
        if (outcome instanceof Outcome.Mail mail && to.suppressions().isSuppressed(mail.to())) {
            return new Outcome.NothingDue("the address bounced or complained; mail to it is suppressed");
        }
        return outcome;
    }

    private Outcome compose(ReminderMessage message, Addressed to) {
        return switch (message.kind()) {
            case SPECIALIST -> specialists.compose(message, to.directory());
            case TEAM_LEAD -> teamLeads.compose(message, to);
            case FIDELITY -> fidelity.compose(message, to.directory());
        };
    }

    private <T> T withLeaseReleasedOnFailure(ReminderMessage message, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            log.releaseLease(message);
            throw e;
        }
    }
}
