package no.jobbstotte.shared.table.coordinators;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A coordinator's item, mapped by hand (no bean schema): key {@code municipalityNumber}, then name and e-mail. */
final class CoordinatorItem {

    static final String MUNICIPALITY = "municipalityNumber";
    static final String NAME = "name";
    static final String EMAIL = "email";

    private CoordinatorItem() {}

    static Map<String, AttributeValue> key(String municipalityNumber) {
        return Map.of(MUNICIPALITY, AttributeValue.fromS(municipalityNumber));
    }

    static Map<String, AttributeValue> item(Coordinator coordinator) {
        return Map.of(
                MUNICIPALITY, AttributeValue.fromS(coordinator.municipalityNumber()),
                NAME, AttributeValue.fromS(coordinator.name()),
                EMAIL, AttributeValue.fromS(coordinator.email()));
    }

    /** Empty for no item, and for one without an address: a coordinator is only worth anything with one. */
    static Optional<Coordinator> coordinator(String municipalityNumber, Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty() || !item.containsKey(EMAIL)) {
            return Optional.empty();
        }
        return Optional.of(new Coordinator(municipalityNumber,
                item.containsKey(NAME) ? item.get(NAME).s() : "", item.get(EMAIL).s()));
    }
}
