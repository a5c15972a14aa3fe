package no.jobbstotte.shared.followup.digest;

import java.util.Objects;

/** A team lead (teamleder): receives escalations and caseload warnings for the team. */
public record TeamLead(String teamLeadId, String teamId, String displayName, String workEmail) {
    public TeamLead {
        Objects.requireNonNull(teamLeadId, "teamLeadId");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(workEmail, "workEmail");
    }
}
