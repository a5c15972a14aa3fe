package no.jobbstotte.shared.table.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.followup.Party;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DueFollowUpItemTest {

    @Test
    void dueFollowUps_bothPartiesDue_participantFirstWithReasonsAndRef() {
        Map<String, AttributeValue> item = placement();
        item.put("participantDue", s("2026-06-10"));
        item.put("participantDueReason", s("utprøving"));
        item.put("employerDue", s("2026-06-12"));
        item.put("employerDueReason", s("arbeidsgiversamtale"));
        item.put("participantRef", s("K.N."));

        assertThat(DueFollowUpItem.dueFollowUps(item)).containsExactly(
                new DueFollowUp("p-1", "js-1", Optional.of("K.N."), Party.PARTICIPANT, LocalDate.parse("2026-06-10"),
                        "utprøving"),
                new DueFollowUp("p-1", "js-1", Optional.of("K.N."), Party.EMPLOYER, LocalDate.parse("2026-06-12"),
                        "arbeidsgiversamtale"));
    }

    @Test
    void dueFollowUps_phaseReferred_inJobSearch_otherPhasesNot() {
        Map<String, AttributeValue> item = placement();
        item.put("participantDue", s("2026-06-10"));

        assertThat(DueFollowUpItem.dueFollowUps(item)).singleElement().satisfies(d -> assertThat(d.jobSearch()).isFalse());
        item.put("phase", s("REFERRED"));
        assertThat(DueFollowUpItem.dueFollowUps(item)).singleElement().satisfies(d -> assertThat(d.jobSearch()).isTrue());
    }

    @Test
    void dueFollowUps_noDueKey_noneEvenWithStaleDates() {
        Map<String, AttributeValue> item = placement();
        item.remove("dueKey");
        item.put("participantDue", s("2026-06-10"));

        assertThat(DueFollowUpItem.dueFollowUps(item)).isEmpty();
    }

    @Test
    void dueFollowUps_missingReasonOrRefAndUnreadableDate_defaultsAndSkips() {
        Map<String, AttributeValue> item = placement();
        item.put("participantDue", s("2026-06-10"));
        item.put("employerDue", s("10.06.2026"));

        assertThat(DueFollowUpItem.dueFollowUps(item)).singleElement().satisfies(d -> {
            assertThat(d.participantRef()).isEmpty();
            assertThat(d.reason()).isEqualTo(DueFollowUpItem.NO_REASON);
        });
    }

    @Test
    void dueKeyUpTo_sortsAfterEveryKeyOfThatDayAndBeforeTheNext() {
        String upTo = PlacementItem.dueKeyUpTo(LocalDate.parse("2026-06-10"));

        assertThat("2026-06-10#zzzz-9999").isLessThan(upTo);
        assertThat("2026-06-11#0").isGreaterThan(upTo);
    }

    private static Map<String, AttributeValue> placement() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("placementId", s("p-1"));
        item.put("specialistId", s("js-1"));
        item.put("dueKey", s("2026-06-10#p-1"));
        item.put("phase", s("TRIAL"));
        return item;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
