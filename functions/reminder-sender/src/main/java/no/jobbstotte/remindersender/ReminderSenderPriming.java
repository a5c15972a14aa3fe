package no.jobbstotte.remindersender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import no.jobbstotte.remindersender.digest.DigestBuilder;
import no.jobbstotte.remindersender.digest.DigestEmailRenderer;
import no.jobbstotte.remindersender.digest.JobSpecialist;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.Addressees;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/**
 * SnapStart prime: the message's JSON with its addressees, a digest built and rendered to text and
 * HTML from synthetic items, and both composers for a recipient that cannot exist, the specialist's
 * through its due-items Query (builds the DynamoDB client's request pipeline). Claims
 * nothing in the reminders log and sends no e-mail (SES cannot be primed without sending).
 */
final class ReminderSenderPriming implements Runnable {

    static final String ABSENT = "snapstart-prime-absent";

    private final ReminderMessageCodec codec;
    private final SpecialistDigests specialists;
    private final TeamLeadDigests teamLeads;
    private final WorkingDays workingDays;
    private final DigestEmailRenderer renderer;

    @Inject
    ReminderSenderPriming(ReminderMessageCodec codec, SpecialistDigests specialists, TeamLeadDigests teamLeads,
            WorkingDays workingDays, ReminderSettings settings) {
        this.codec = codec;
        this.specialists = specialists;
        this.teamLeads = teamLeads;
        this.workingDays = workingDays;
        this.renderer = new DigestEmailRenderer(settings.caseUrlTemplate(), workingDays);
    }

    @Override
    public void run() {
        LocalDate day = LocalDate.of(2026, 1, 5); // a Monday and a working day
        JobSpecialist specialist = new JobSpecialist("prime", "Prime", "prime@example.invalid", "prime", "prime");
        List<DueFollowUp> items = List.of(
                new DueFollowUp("prime-1", "prime", Optional.of("P.P."), Party.PARTICIPANT, day.minusDays(7), "prime"),
                new DueFollowUp("prime-2", "prime", Optional.empty(), Party.PARTICIPANT, day, "prime"));
        renderer.render(DigestBuilder.build(specialist, day, items, workingDays));
        // As the scheduler enqueues them: the recipient on the message, so no directory read. The
        // absent specialist's digest runs its due-items Query (the DynamoDB client's pipeline) and
        // finds nothing; the team lead's stops at once, the message naming no team lead.
        Person absent = new Person(ABSENT, Person.Role.SPECIALIST, Optional.of("Prime"),
                Optional.of("prime@example.invalid"), Optional.of(ABSENT), Optional.empty(), true);
        Addressees addressees = new Addressees(List.of(absent), Set.of());
        for (ReminderKind kind : ReminderKind.values()) {
            ReminderMessage message = codec.parse(codec.write(
                    new ReminderMessage(kind, ABSENT, day, Instant.EPOCH).with(addressees)));
            switch (kind) {
                case SPECIALIST -> specialists.compose(message, addressees);
                case TEAM_LEAD -> teamLeads.compose(message, new Addressed(addressees, addressees));
                // Once a week per team lead: not worth a read in every container's prime.
                case FIDELITY -> { }
            }
        }
    }
}
