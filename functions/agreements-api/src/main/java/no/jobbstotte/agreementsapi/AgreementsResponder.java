package no.jobbstotte.agreementsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.inject.Inject;
import no.jobbstotte.shared.agreement.AgreementJson;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.table.agreements.AgreementStore.Page;
import no.jobbstotte.shared.table.agreements.AgreementStore.StoredAgreement;
import no.jobbstotte.shared.validation.FieldError;

/** Writes a {@link Reply} as the JSON that openapi.yaml describes, or as problem+json. */
public final class AgreementsResponder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HttpResponses responses;

    @Inject
    public AgreementsResponder(HttpResponses responses) {
        this.responses = responses;
    }

    public APIGatewayV2HTTPResponse render(Reply reply) {
        return switch (reply) {
            case Reply.Pushed pushed -> responses.json(pushed.status(), body(pushed));
            case Reply.Replayed replayed -> responses.json(replayed.status(), stored(replayed.body()));
            case Reply.Found found -> responses.json(200, agreement(found));
            case Reply.Listed listed -> responses.json(200, page(listed.page()));
            case Reply.Failed failed -> responses.problem(failed.problem());
        };
    }

    /** A push's body, also as the idempotency log keeps it. */
    JsonNode body(Reply.Pushed pushed) {
        ObjectNode response = NODES.objectNode();
        ArrayNode array = response.putArray("results");
        for (Reply.ItemResult item : pushed.results()) {
            ObjectNode result = array.addObject().put("index", item.index());
            if (item.agreementId() != null) {
                result.put("agreementId", item.agreementId());
            }
            if (item.version() != null) {
                result.put("version", item.version());
            }
            result.put("status", item.accepted() ? "accepted" : "rejected");
            if (!item.accepted()) {
                ArrayNode errors = result.putArray("errors");
                for (FieldError e : item.errors()) {
                    errors.addObject().put("field", e.field()).put("code", e.code()).put("message", e.message());
                }
            }
        }
        return response;
    }

    private static ObjectNode agreement(Reply.Found found) {
        ObjectNode body = NODES.objectNode().put("chainId", found.chainId()).put("agreementId", found.agreementId());
        found.current().ifPresent(stored -> {
            body.put("version", stored.agreement().version());
            body.put("updatedAt", stored.updatedAt().toString());
            body.set("agreement", AgreementJson.write(stored.agreement(), NODES));
        });
        found.processing().ifPresent(s -> {
            ObjectNode processing = body.putObject("processing")
                    .put("version", s.version())
                    .put("status", s.status().wire());
            if (s.reason() != null) {
                processing.put("reason", s.reason());
            }
            if (s.updatedAt() != null) {
                processing.put("updatedAt", s.updatedAt().toString());
            }
        });
        return body;
    }

    private static ObjectNode page(Page page) {
        ObjectNode body = NODES.objectNode();
        ArrayNode items = body.putArray("items");
        for (StoredAgreement stored : page.items()) {
            items.add(AgreementJson.write(stored.agreement(), NODES).put("updatedAt", stored.updatedAt().toString()));
        }
        if (page.nextCursor() != null) {
            body.put("nextCursor", page.nextCursor());
        }
        return body;
    }

    private static JsonNode stored(String body) {
        try {
            return Json.parse(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is not JSON", e);
        }
    }
}
