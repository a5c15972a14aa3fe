package no.jobbstotte.shared.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import no.jobbstotte.shared.domain.OrganisationNumber;

/**
 * The JSON form of a stored agreement, for the queue message and the API response: the wire
 * fields the agreements API validates, plus {@code chainId}; {@code validTo} is left out
 * while open-ended. Written by hand, so no reflection is involved.
 *
 * <p>{@link #read} is for JSON this code wrote. It ignores fields it does not know, so a message
 * written by a newer release during a deployment still reads, and it does not look the
 * municipality up, so agreements stay readable after a municipal reform. Untrusted input goes
 * through the agreements API's validator.
 */
public final class AgreementJson {

    private AgreementJson() {}

    public static ObjectNode write(Agreement agreement, JsonNodeFactory factory) {
        ObjectNode node = factory.objectNode()
                .put("chainId", agreement.chainId())
                .put("agreementId", agreement.agreementId())
                .put("version", agreement.version())
                .put("type", agreement.type().wire())
                .put("employerOrgNumber", agreement.employer().value())
                .put("unitName", agreement.unitName())
                .put("municipalityNumber", agreement.municipalityNumber())
                .put("validFrom", agreement.validFrom().toString());
        agreement.validTo().ifPresent(to -> node.put("validTo", to.toString()));
        return node.put("adaptedPositions", agreement.adaptedPositions())
                .put("contactRole", agreement.contactRole())
                .put("status", agreement.status().wire());
    }

    /**
     * @throws IllegalArgumentException naming the first bad field (never its value) if the JSON is
     *     not an agreement
     */
    public static Agreement read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("An agreement must be a JSON object");
        }
        return new Agreement(
                text(node, "chainId"),
                text(node, "agreementId"),
                integer(node, "version"),
                Agreement.Type.fromWire(text(node, "type")).orElseThrow(() -> invalid("type")),
                organisationNumber(text(node, "employerOrgNumber")),
                text(node, "unitName"),
                text(node, "municipalityNumber"),
                date(node, "validFrom"),
                node.hasNonNull("validTo") ? Optional.of(date(node, "validTo")) : Optional.empty(),
                intValue(node, "adaptedPositions"),
                text(node, "contactRole"),
                Agreement.Status.fromWire(text(node, "status")).orElseThrow(() -> invalid("status")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid(field);
        }
        return value.textValue();
    }

    private static long integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(field);
        }
        return value.longValue();
    }

    private static int intValue(JsonNode node, String field) {
        long value = integer(node, field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(field);
        }
        return (int) value;
    }

    private static LocalDate date(JsonNode node, String field) {
        try {
            return LocalDate.parse(text(node, field));
        } catch (DateTimeException e) {
            throw invalid(field);
        }
    }

    private static OrganisationNumber organisationNumber(String value) {
        if (!OrganisationNumber.isValid(value)) {
            throw invalid("employerOrgNumber");
        }
        return new OrganisationNumber(value);
    }

    private static IllegalArgumentException invalid(String field) {
        return new IllegalArgumentException("Invalid agreement field " + field);
    }
}
