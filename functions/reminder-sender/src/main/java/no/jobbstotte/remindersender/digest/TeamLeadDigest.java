package no.jobbstotte.remindersender.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A team lead's digest: per specialist, the follow-ups overdue beyond the escalation threshold
 * and a caseload warning. Specialists with neither are left out. {@code unreachable}: the
 * specialists whose address SES reported as bouncing or complaining, who get no digest meanwhile.
 */
public record TeamLeadDigest(TeamLead teamLead, LocalDate today, int thresholdWorkingDays,
        List<Section> sections, List<JobSpecialist> unreachable) {

    public TeamLeadDigest {
        Objects.requireNonNull(teamLead, "teamLead");
        Objects.requireNonNull(today, "today");
        sections = sections.stream().filter(s -> !s.isEmpty()).toList();
        unreachable = List.copyOf(unreachable);
    }

    public TeamLeadDigest(TeamLead teamLead, LocalDate today, int thresholdWorkingDays, List<Section> sections) {
        this(teamLead, today, thresholdWorkingDays, sections, List.of());
    }

    public boolean isEmpty() {
        return sections.isEmpty() && unreachable.isEmpty();
    }

    public int escalationCount() {
        return sections.stream().mapToInt(s -> s.escalations().size()).sum();
    }

    public int caseloadWarningCount() {
        return (int) sections.stream().filter(s -> s.caseload().isPresent()).count();
    }

    public record Section(JobSpecialist specialist, List<OverdueItem> escalations,
            Optional<CaseloadWarning> caseload) {
        public Section {
            Objects.requireNonNull(specialist, "specialist");
            escalations = List.copyOf(escalations);
            Objects.requireNonNull(caseload, "caseload");
        }

        boolean isEmpty() {
            return escalations.isEmpty() && caseload.isEmpty();
        }
    }
}
