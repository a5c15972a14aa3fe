package no.jobbstotte.shared.table.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.fidelity.FidelityFacts.EmployerContact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class FidelityItemTest {

    private static Map<String, AttributeValue> stored() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("placementId", s("p-1"));
        item.put("specialistId", s("s-1"));
        item.put("teamId", s("t-1"));
        item.put("municipalityNumber", s("1506"));
        item.put("phase", s("HIRED"));
        item.put("referredOn", s("2026-01-05"));
        item.put("hiredOn", s("2026-03-02"));
        item.put("firstEmployerContactOn", s("2026-01-20"));
        item.put("lastFollowUpOn", s("2026-04-01"));
        item.put("employerContacts", AttributeValue.fromL(List.of(s("2026-01-12#other#s-2"), s("2026-01-20#ftf#s-1"))));
        return item;
    }

    @Test
    void facts_everyAttribute() {
        assertThat(FidelityItem.facts(stored())).isEqualTo(new FidelityFacts("p-1", "s-1", "t-1", "1506", true,
                Optional.of(LocalDate.of(2026, 1, 5)), Optional.of(LocalDate.of(2026, 3, 2)), Optional.empty(),
                Optional.of(LocalDate.of(2026, 1, 20)), Optional.of(LocalDate.of(2026, 4, 1)),
                List.of(new EmployerContact(LocalDate.of(2026, 1, 12), false, "s-2"),
                        new EmployerContact(LocalDate.of(2026, 1, 20), true, "s-1"))));
    }

    @Test
    void facts_itemStoredBeforeEmployerContacts_none() {
        Map<String, AttributeValue> item = stored();
        item.keySet().removeAll(List.of("firstEmployerContactOn", "lastFollowUpOn", "employerContacts"));
        item.put("phase", s("ENDED"));

        FidelityFacts facts = FidelityItem.facts(item);

        assertThat(facts.active()).isFalse();
        assertThat(facts.firstEmployerContactOn()).isEmpty();
        assertThat(facts.lastFollowUpOn()).isEmpty();
        assertThat(facts.employerContacts()).isEmpty();
    }

    @Test
    void contact_encodedAsTheContractSays_readsBack() {
        EmployerContact contact = new EmployerContact(LocalDate.of(2026, 2, 3), true, "js-17");
        Map<String, AttributeValue> item = stored();
        item.put("employerContacts", AttributeValue.fromL(List.of(s(FidelityItem.contact(contact)))));

        assertThat(FidelityItem.contact(contact)).isEqualTo("2026-02-03#ftf#js-17");
        assertThat(FidelityItem.facts(item).employerContacts()).containsExactly(contact);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void facts_malformedItem_refused(String attribute, AttributeValue value) {
        Map<String, AttributeValue> item = stored();
        if (value == null) {
            item.remove(attribute);
        } else {
            item.put(attribute, value);
        }

        assertThatThrownBy(() -> FidelityItem.facts(item)).isInstanceOf(FidelityItem.MalformedItemException.class);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> malformed() {
        return Stream.of(
                args("specialistId", null), args("teamId", null), args("municipalityNumber", s("")),
                args("placementId", null), args("phase", null), args("phase", s("PAUSED_FOREVER")),
                args("referredOn", s("05.01.2026")), args("hiredOn", s("2026-02-30")),
                args("firstEmployerContactOn", s("yesterday")), args("lastFollowUpOn", s("2026-13-01")),
                args("employerContacts", AttributeValue.fromL(List.of(s("2026-01-12#ftf")))),
                args("employerContacts", AttributeValue.fromL(List.of(s("2026-01-12#yes#s-1")))),
                args("employerContacts", AttributeValue.fromL(List.of(s("2026-01-12#ftf#")))),
                args("employerContacts", AttributeValue.fromL(List.of(s("12.01.2026#ftf#s-1")))),
                args("employerContacts", AttributeValue.fromL(List.of(AttributeValue.fromN("1")))));
    }

    private static org.junit.jupiter.params.provider.Arguments args(String attribute, AttributeValue value) {
        return org.junit.jupiter.params.provider.Arguments.of(attribute, value);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
