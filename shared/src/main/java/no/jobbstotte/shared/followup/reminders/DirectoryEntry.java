package no.jobbstotte.shared.followup.reminders;

import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.followup.digest.JobSpecialist;
import no.jobbstotte.shared.followup.digest.TeamLead;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One DirectoryTable item, read by the attribute names of docs/followup-data.md. Names and
 * e-mail addresses are personal data: they go into e-mails, never into logs.
 */
public record DirectoryEntry(String personId, String role, String displayName, String email, String teamId,
        String teamLeadId, boolean active) {

    public static final String SPECIALIST = "SPECIALIST";
    public static final String TEAM_LEAD = "TEAM_LEAD";

    public static DirectoryEntry from(Map<String, AttributeValue> item) {
        AttributeValue active = item.get("active");
        return new DirectoryEntry(s(item, "personId"), s(item, "role"), s(item, "displayName"), s(item, "email"),
                s(item, "teamId"), s(item, "teamLeadId"), active != null && Boolean.TRUE.equals(active.bool()));
    }

    public boolean isActive(String expectedRole) {
        return active && expectedRole.equals(role);
    }

    /** Empty unless the entry has what an e-mail needs: a name, an address and a team. */
    public Optional<JobSpecialist> toJobSpecialist() {
        return mailable() ? Optional.of(new JobSpecialist(personId, displayName, email, teamId,
                teamLeadId == null ? "" : teamLeadId)) : Optional.empty();
    }

    public Optional<TeamLead> toTeamLead() {
        return mailable() ? Optional.of(new TeamLead(personId, teamId, displayName, email)) : Optional.empty();
    }

    private boolean mailable() {
        return personId != null && displayName != null && email != null && !email.isBlank() && teamId != null;
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
