package no.jobbstotte.remindersender.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/** One Monday's worth of follow-ups for Kari (s-1), with one of Per's (s-2) mixed in. */
final class DigestFixtures {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final JobSpecialist KARI = new JobSpecialist("s-1", "Kari Nordmann", "kari@nav.example", "t-1", "l-1");
    static final JobSpecialist PER = new JobSpecialist("s-2", "Per Hansen", "per@nav.example", "t-1", "l-1");
    static final TeamLead LISE = new TeamLead("l-1", "t-1", "Lise Leder", "lise@nav.example");
    static final String TEMPLATE = "https://fagsystem.example/saker/{placementId}";

    static final DueFollowUp OVERDUE_SIX = item("p-1", "s-1", "K.N.", Party.PARTICIPANT, "2026-11-20", "oppfølging i jobb");
    static final DueFollowUp OVERDUE_ONE = item("p-2", "s-1", null, Party.EMPLOYER, "2026-11-27", "utprøving");
    static final DueFollowUp DUE_SATURDAY = item("p-3", "s-1", "Ola", Party.PARTICIPANT, "2026-11-28", "utprøving");
    static final DueFollowUp DUE_TODAY = item("p-1", "s-1", "K.N.", Party.EMPLOYER, "2026-11-30", "oppfølging av arbeidsgiver");
    static final DueFollowUp THURSDAY = item("p-4", "s-1", "A", Party.PARTICIPANT, "2026-12-03", "jobbsøking");
    static final DueFollowUp NEXT_WEEK = item("p-5", "s-1", "B", Party.PARTICIPANT, "2026-12-07", "jobbsøking");
    static final DueFollowUp PERS = item("p-9", "s-2", "C", Party.PARTICIPANT, "2026-11-30", "jobbsøking");

    static final List<DueFollowUp> ALL = List.of(NEXT_WEEK, THURSDAY, DUE_TODAY, PERS, DUE_SATURDAY,
            OVERDUE_ONE, OVERDUE_SIX);

    private DigestFixtures() {}

    static DueFollowUp item(String placementId, String specialistId, String ref, Party party, String due,
            String reason) {
        return new DueFollowUp(placementId, specialistId, Optional.ofNullable(ref), party, LocalDate.parse(due),
                reason);
    }
}
