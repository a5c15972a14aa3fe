package no.jobbstotte.remindersender;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import no.jobbstotte.remindersender.digest.FidelityEmailRenderer;
import no.jobbstotte.remindersender.digest.FidelityReport;
import no.jobbstotte.remindersender.digest.TeamLead;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.fidelity.FidelityIndicators;
import no.jobbstotte.shared.followup.reminders.FidelityWeek;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.table.directory.Directory;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.placements.TeamFidelityFacts;

/**
 * A team lead's weekly fidelity mail: the IPS figures of the team and of each of its active
 * specialists for the week that ended the Sunday before the message's week, and for the week four
 * weeks before that. One read of the team's placements serves every figure.
 */
final class FidelityMails {

    private final TeamFidelityFacts placements;
    private final FidelityEmailRenderer renderer;

    @Inject
    FidelityMails(TeamFidelityFacts placements, ReminderSettings settings) {
        this.placements = placements;
        this.renderer = new FidelityEmailRenderer(settings.fidelityScaleUrl());
    }

    Outcome compose(ReminderMessage message, Directory directory) {
        Optional<TeamLead> lead = TeamLeadDigests.activeTeamLead(directory, message.recipientId());
        if (lead.isEmpty()) {
            return new Outcome.NothingDue("unknown or inactive team lead, or no work e-mail");
        }
        List<Person> specialists = directory.team(lead.get().teamId()).stream()
                .filter(p -> p.isActive(Person.Role.SPECIALIST))
                .sorted(Comparator.comparing(FidelityMails::name))
                .toList();
        if (specialists.isEmpty()) {
            return new Outcome.NothingDue("no active specialist in the team");
        }
        List<FidelityFacts> facts = placements.ofTeam(lead.get().teamId());
        FidelityWeek week = FidelityWeek.of(message.date());
        LocalDate now = week.reportedWeekEnding();
        LocalDate before = now.minusWeeks(FidelityReport.COMPARED_WEEKS_BACK);
        Set<String> ids = specialists.stream().map(Person::personId).collect(Collectors.toSet());
        FidelityReport.Row team = new FidelityReport.Row("Teamet", FidelityIndicators.ofTeam(ids, facts, now),
                FidelityIndicators.ofTeam(ids, facts, before));
        List<FidelityReport.Row> rows = specialists.stream()
                .map(s -> new FidelityReport.Row(name(s), FidelityIndicators.ofSpecialist(s.personId(), facts, now),
                        FidelityIndicators.ofSpecialist(s.personId(), facts, before)))
                .toList();
        return new Outcome.Mail(lead.get().workEmail(), renderer.render(new FidelityReport(lead.get(), week, team, rows)),
                rows.size());
    }

    /** A specialist the case system sent without a name is still on the team: named by the directory id. */
    private static String name(Person specialist) {
        return specialist.displayName().orElse("Jobbspesialist " + specialist.personId());
    }
}
