package no.jobbstotte.shared.table.placements;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.jobbstotte.shared.followup.FollowUpDue;
import no.jobbstotte.shared.followup.Phase;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The PlacementsTable item of a placement, attribute by attribute as in docs/followup-data.md. */
final class PlacementItem {

    static final String BY_SPECIALIST_DUE = "bySpecialistDue";
    static final String BY_DUE_DATE = "byDueDate";
    /**
     * Every placement of a team with what the team lead's digest and weekly fidelity mail read:
     * one query serves either. (The older {@code byTeam}, without the due follow-ups, has no
     * reader left; it goes in a later deploy, as CloudFormation adds or deletes one index per update.)
     */
    static final String BY_TEAM_CASELOAD = "byTeamCaseload";

    static final String PLACEMENT_ID = "placementId";
    static final String SPECIALIST_ID = "specialistId";
    static final String TEAM_ID = "teamId";
    static final String MUNICIPALITY_NUMBER = "municipalityNumber";
    static final String PHASE = "phase";
    static final String PAUSED = "paused";
    static final String ACTIVE_SPECIALIST_ID = "activeSpecialistId";
    static final String DUE_KEY = "dueKey";
    static final String DUE_SHARD = "dueShard";
    /**
     * Partitions of the due-date index: the scheduler reads them all each morning, so few; more
     * than one, so no single index partition takes every placement's write.
     */
    static final int DUE_SHARDS = 4;
    static final String PARTICIPANT_DUE = "participantDue";
    static final String PARTICIPANT_DUE_REASON = "participantDueReason";
    static final String EMPLOYER_DUE = "employerDue";
    static final String EMPLOYER_DUE_REASON = "employerDueReason";
    static final String PARTICIPANT_REF = "participantRef";
    static final String ORPHAN_TEAM_ID = "orphanTeamId";
    static final String REFERRED_ON = "referredOn";
    static final String TRIAL_STARTED_ON = "trialStartedOn";
    static final String HIRED_ON = "hiredOn";
    static final String ENDED_ON = "endedOn";
    static final String END_REASON = "endReason";
    static final String FIRST_EMPLOYER_CONTACT_ON = "firstEmployerContactOn";
    static final String LAST_FOLLOW_UP_ON = "lastFollowUpOn";
    static final String EMPLOYER_CONTACTS = "employerContacts";
    static final String STATE = "state";
    static final String REVISION = "revision";

    private PlacementItem() {}

    /**
     * The whole item. The sparse index attributes are simply left out when they do not apply; the
     * save is a full put, so leaving one out removes it from the stored item too.
     */
    static Map<String, AttributeValue> toItem(Placement p, long revision, SpecialistStatus specialist) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PLACEMENT_ID, s(p.placementId()));
        item.put(SPECIALIST_ID, s(p.specialistId()));
        item.put(TEAM_ID, s(p.teamId()));
        item.put(MUNICIPALITY_NUMBER, s(p.municipalityNumber()));
        item.put(PHASE, s(p.phase().name()));
        item.put(PAUSED, AttributeValue.fromBool(p.paused()));
        if (p.isActive()) {
            item.put(ACTIVE_SPECIALIST_ID, s(p.specialistId()));
        }
        dueKey(p).ifPresent(key -> {
            item.put(DUE_KEY, s(key));
            item.put(DUE_SHARD, s(dueShard(p.specialistId())));
        });
        p.nextParticipantDue().ifPresent(due -> {
            item.put(PARTICIPANT_DUE, s(due.dueOn().toString()));
            item.put(PARTICIPANT_DUE_REASON, s(due.reason()));
        });
        p.nextEmployerDue().ifPresent(due -> {
            item.put(EMPLOYER_DUE, s(due.dueOn().toString()));
            item.put(EMPLOYER_DUE_REASON, s(due.reason()));
        });
        if (specialist.isOrphan()) {
            item.put(ORPHAN_TEAM_ID, s(p.teamId()));
        }
        p.referredOn().ifPresent(d -> item.put(REFERRED_ON, s(d.toString())));
        p.trialStartedOn().ifPresent(d -> item.put(TRIAL_STARTED_ON, s(d.toString())));
        p.hiredOn().ifPresent(d -> item.put(HIRED_ON, s(d.toString())));
        p.endedOn().ifPresent(d -> item.put(ENDED_ON, s(d.toString())));
        p.endReason().ifPresent(r -> item.put(END_REASON, s(r)));
        p.firstEmployerContactOn().ifPresent(d -> item.put(FIRST_EMPLOYER_CONTACT_ON, s(d.toString())));
        p.lastFollowUpOn().ifPresent(d -> item.put(LAST_FOLLOW_UP_ON, s(d.toString())));
        if (!p.employerContacts().isEmpty()) {
            item.put(EMPLOYER_CONTACTS, AttributeValue.fromL(
                    p.employerContacts().stream().map(c -> s(FidelityItem.contact(c))).toList()));
        }
        item.put(STATE, StateBytes.attribute(PlacementStateJson.write(p.history())));
        item.put(REVISION, AttributeValue.fromN(Long.toString(revision)));
        return item;
    }

    /**
     * {@code <earliest due date>#<placementId>} while not paused and something is due (ISO dates
     * sort as text). An ended placement keeps the plan's one contact after the end (renewed job
     * search, as IPS asks), so it is reminded of that and then leaves the index.
     */
    static Optional<String> dueKey(Placement p) {
        if (p.paused()) {
            return Optional.empty();
        }
        return Stream.of(p.nextParticipantDue(), p.nextEmployerDue())
                .flatMap(Optional::stream)
                .map(FollowUpDue::dueOn)
                .min(Comparator.naturalOrder())
                .map(date -> date + "#" + p.placementId());
    }

    /** The due-date index partition of a specialist's placements (String.hashCode is specified, so stable). */
    static String dueShard(String specialistId) {
        return Integer.toString(Math.floorMod(specialistId.hashCode(), DUE_SHARDS));
    }

    /**
     * The highest {@code dueKey} due on or before {@code date}: U+FFFF sorts after any placement
     * id, so every key of that day is at most this.
     */
    static String dueKeyUpTo(LocalDate date) {
        return date + "#\uffff";
    }

    /**
     * The stored placement, rebuilt from {@code state} by the reducer: the derived attributes are
     * for the readers, the events are the truth, and a changed plan then applies on load.
     */
    static StoredPlacement fromItem(Map<String, AttributeValue> item, PlacementReducer reducer) {
        String placementId = item.get(PLACEMENT_ID).s();
        Placement.History history = PlacementStateJson.read(StateBytes.json(item.get(STATE)));
        Placement placement = reducer.replan(withHistoryOnly(placementId, history));
        return new StoredPlacement(placement, Long.parseLong(item.get(REVISION).n()));
    }

    /** {@link PlacementReducer#replan} reads only the history; the other fields are placeholders. */
    private static Placement withHistoryOnly(String placementId, Placement.History history) {
        return new Placement(placementId, Phase.REFERRED, false, null, null, null, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), null, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(), Optional.empty(), Optional.empty(), List.of(), null, null, history);
    }

    /** The string attribute {@code name}, or null if the item has none. */
    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
