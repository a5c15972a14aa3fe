package no.jobbstotte.shared.table.placements;

import java.util.List;
import no.jobbstotte.shared.fidelity.FidelityFacts;

/** One team's placements as the IPS indicators read them, for the team lead's weekly fidelity mail. */
public interface TeamFidelityFacts {

    /**
     * Every placement of {@code teamId}, active or ended (index {@code byTeamCaseload}, all pages). An item
     * whose attributes do not parse is left out, as the statistics scan leaves it out: one
     * corrupt item must not hold back a team's figures.
     */
    List<FidelityFacts> ofTeam(String teamId);
}
