package no.jobbstotte.shared.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.json.Json;

/**
 * An accepted agreement version on its way from AgreementsApi to AgreementsSync over the FIFO
 * queue. The message group keeps one agreement's versions in order; the deduplication id makes a
 * re-sent version (a retried API call) one message. The id covers the content too: the same
 * version with other content must reach AgreementsSync to be refused and reported, not vanish
 * in the queue's five-minute deduplication window.
 */
public record AgreementMessage(Agreement agreement, String requestId, Instant acceptedAt) {

    public String messageGroupId() {
        return agreement.chainId() + "#" + agreement.agreementId();
    }

    public String deduplicationId() {
        return sha256Hex(agreement.chainId() + "\n" + agreement.agreementId() + "\n" + agreement.version() + "\n"
                + Json.write(AgreementJson.write(agreement, JsonNodeFactory.instance)));
    }

    public String toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("agreement", AgreementJson.write(agreement, JsonNodeFactory.instance));
        node.put("requestId", requestId);
        node.put("acceptedAt", acceptedAt.toString());
        return Json.write(node);
    }

    /** Parses a queue body; anything malformed can never succeed, so it is an invalid message. */
    public static AgreementMessage parse(String body) {
        try {
            JsonNode node = Json.parse(body);
            if (node == null || !node.isObject() || !node.path("agreement").isObject()) {
                throw new InvalidMessageException("agreement message: 'agreement' object missing");
            }
            return new AgreementMessage(AgreementJson.read(node.get("agreement")),
                    node.path("requestId").asText(null), Instant.parse(node.path("acceptedAt").asText()));
        } catch (InvalidMessageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // AgreementJson and Agreement name the bad field, never its value: safe as a reason.
            throw new InvalidMessageException("agreement message is malformed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new InvalidMessageException("agreement message is malformed: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
