package no.jobbstotte.remindersender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.remindersender.digest.CaseloadWarning;
import no.jobbstotte.remindersender.digest.Escalation;
import no.jobbstotte.remindersender.digest.JobSpecialist;
import no.jobbstotte.remindersender.digest.TeamLead;
import no.jobbstotte.remindersender.digest.TeamLeadDigest;
import no.jobbstotte.remindersender.digest.TeamLeadEmailRenderer;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.table.directory.Directory;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.maildelivery.Suppressions;
import no.jobbstotte.shared.table.placements.Caseloads;

/**
 * A team lead's digest: per active specialist, follow-ups overdue beyond the escalation threshold
 * and a caseload above the limit; and the team's orphaned placements (specialist unknown or
 * inactive), shown as one more section that asks for them to be assigned; and the specialists
 * whose address bounces or complained, who get no digest until it is put right. The team's
 * placements are one read ({@link Caseloads#team}): a specialist's placement booked on another
 * team is not among them (docs/followup-data.md).
 */
final class TeamLeadDigests {

    /** The heading of the orphans' section, in the team lead's e-mail. */
    static final String ORPHANS_HEADING = "Uten aktiv jobbspesialist";

    private final Caseloads placements;
    private final WorkingDays workingDays;
    private final ReminderSettings settings;
    private final TeamLeadEmailRenderer renderer;

    @Inject
    TeamLeadDigests(Caseloads placements, WorkingDays workingDays, ReminderSettings settings) {
        this.placements = placements;
        this.workingDays = workingDays;
        this.settings = settings;
        this.renderer = new TeamLeadEmailRenderer(settings.caseUrlTemplate(), workingDays);
    }

    Outcome compose(ReminderMessage message, Addressed to) {
        Directory directory = to.directory();
        Optional<TeamLead> lead = activeTeamLead(directory, message.recipientId());
        if (lead.isEmpty()) {
            return new Outcome.NothingDue("unknown or inactive team lead, or no work e-mail");
        }
        LocalDate date = message.date();
        Caseloads.TeamCaseload caseload = placements.team(lead.get().teamId(), date);
        List<TeamLeadDigest.Section> sections = new ArrayList<>();
        List<JobSpecialist> specialists = new ArrayList<>();
        for (Person member : directory.team(lead.get().teamId())) {
            if (member.isActive(Person.Role.SPECIALIST)) {
                JobSpecialist.of(member).ifPresent(specialist -> {
                    specialists.add(specialist);
                    sections.add(section(specialist, caseload, date));
                });
            }
        }
        orphans(lead.get(), caseload.orphans(), date).ifPresent(sections::add);
        TeamLeadDigest digest = new TeamLeadDigest(lead.get(), date, settings.escalationWorkingDays(), sections,
                unreachable(specialists, to.suppressions()));
        if (digest.isEmpty()) {
            return new Outcome.NothingDue("nothing to report");
        }
        return new Outcome.Mail(lead.get().workEmail(), renderer.render(digest),
                digest.escalationCount() + digest.caseloadWarningCount());
    }

    /** The recipient as an active team lead with what an e-mail needs; the weekly fidelity mail's too. */
    static Optional<TeamLead> activeTeamLead(Directory directory, String personId) {
        return directory.find(personId).filter(p -> p.isActive(Person.Role.TEAM_LEAD)).flatMap(TeamLead::of);
    }

    /** One batched read for the whole team, none without specialists. */
    private static List<JobSpecialist> unreachable(List<JobSpecialist> specialists, Suppressions suppressions) {
        if (specialists.isEmpty()) {
            return List.of();
        }
        var suppressed = suppressions.suppressedAmong(specialists.stream().map(JobSpecialist::workEmail).toList());
        return specialists.stream().filter(s -> suppressed.contains(s.workEmail())).toList();
    }

    private TeamLeadDigest.Section section(JobSpecialist specialist, Caseloads.TeamCaseload caseload, LocalDate date) {
        String id = specialist.specialistId();
        return new TeamLeadDigest.Section(specialist,
                Escalation.select(caseload.dueOf(id), date, settings.escalationWorkingDays(), workingDays),
                CaseloadWarning.check(id, caseload.activeOf(id), settings.caseloadLimit()));
    }

    private Optional<TeamLeadDigest.Section> orphans(TeamLead lead, Caseloads.Orphans orphans, LocalDate date) {
        if (orphans.active() == 0) {
            return Optional.empty();
        }
        // The shared renderer has no orphans section: a pseudo-specialist whose caseload warning
        // says the placements have nobody, rather than a limit.
        JobSpecialist nobody = new JobSpecialist("orphans#" + lead.teamId(), ORPHANS_HEADING, lead.workEmail(),
                lead.teamId(), lead.teamLeadId());
        return Optional.of(new TeamLeadDigest.Section(nobody,
                Escalation.select(orphans.due(), date, settings.escalationWorkingDays(), workingDays),
                CaseloadWarning.unassigned(nobody.specialistId(), orphans.active())));
    }
}
