package no.jobbstotte.shared.followup.event;

import java.util.Objects;

/** Changes to who receives digests: job specialists and team leads, with their work e-mail. */
public sealed interface DirectoryEvent extends InboundEvent {

    String eventId();

    record SpecialistUpserted(
            String eventId,
            String specialistId,
            String displayName,
            String workEmail,
            String teamId,
            String teamLeadId) implements DirectoryEvent {
        public SpecialistUpserted {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(specialistId, "specialistId");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(workEmail, "workEmail");
            Objects.requireNonNull(teamId, "teamId");
            Objects.requireNonNull(teamLeadId, "teamLeadId");
        }
    }

    record SpecialistDeactivated(String eventId, String specialistId) implements DirectoryEvent {
        public SpecialistDeactivated {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(specialistId, "specialistId");
        }
    }

    record TeamLeadUpserted(
            String eventId,
            String teamLeadId,
            String teamId,
            String displayName,
            String workEmail) implements DirectoryEvent {
        public TeamLeadUpserted {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(teamLeadId, "teamLeadId");
            Objects.requireNonNull(teamId, "teamId");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(workEmail, "workEmail");
        }
    }
}
