package no.jobbstotte.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.validation.FieldError;
import org.junit.jupiter.api.Test;

class HttpResponsesTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final HttpResponses responses = new HttpResponses();

    @Test
    void json_body_isSerialisedWithJsonContentType() throws Exception {
        APIGatewayV2HTTPResponse response = responses.json(202, mapper.createObjectNode().put("accepted", 3));

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        assertThat(mapper.readTree(response.getBody()).get("accepted").intValue()).isEqualTo(3);
        assertThat(response.getIsBase64Encoded()).isFalse();
    }

    @Test
    void json_anyResponse_hasSecurityHeaders() {
        assertSecurityHeaders(responses.json(200, mapper.createObjectNode()));
    }

    @Test
    void problem_anyProblem_hasSecurityHeadersAndProblemContentType() {
        APIGatewayV2HTTPResponse response = responses.problem(Problem.notFound("Finnes ikke."));

        assertSecurityHeaders(response);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(response.getStatusCode()).isEqualTo(404);
    }

    @Test
    void problem_validation_writesRfc9457MembersAndErrors() throws Exception {
        Problem problem = Problem.validation(List.of(
                new FieldError("/items/3/validFrom", FieldError.INVALID_FORMAT, "Må være en dato på formen ÅÅÅÅ-MM-DD.")));

        JsonNode body = mapper.readTree(responses.problem(problem).getBody());

        assertThat(body.get("type").textValue()).isEqualTo("https://jobbstotte.no/problems/validation");
        assertThat(body.get("title").textValue()).isEqualTo("Valideringsfeil");
        assertThat(body.get("status").intValue()).isEqualTo(400);
        assertThat(body.get("detail").textValue()).isNotBlank();
        assertThat(body.has("instance")).isFalse();
        assertThat(body.get("errors").get(0).get("field").textValue()).isEqualTo("/items/3/validFrom");
        assertThat(body.get("errors").get(0).get("code").textValue()).isEqualTo("invalid_format");
        assertThat(body.get("errors").get(0).get("message").textValue()).contains("ÅÅÅÅ");
    }

    @Test
    void problem_withoutErrors_omitsErrorsMember() throws Exception {
        assertThat(mapper.readTree(responses.problem(Problem.conflict("x")).getBody()).has("errors")).isFalse();
    }

    @Test
    void problem_tooManyRequests_addsRetryAfterHeader() {
        assertThat(responses.problem(Problem.tooManyRequests(12)).getHeaders()).containsEntry("Retry-After", "12");
    }

    @Test
    void problem_internal_bodyHasOnlyGenericText() throws Exception {
        JsonNode body = mapper.readTree(responses.problem(Problem.internal()).getBody());

        assertThat(body.get("status").intValue()).isEqualTo(500);
        assertThat(body.properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("type", "title", "status", "detail");
    }

    @Test
    void header_differentCase_isFound() {
        APIGatewayV2HTTPEvent event = event(Map.of("Webhook-Id", "msg_1"));

        assertThat(HttpResponses.header(event, "webhook-id")).contains("msg_1");
    }

    @Test
    void header_absentOrNoHeaders_isEmpty() {
        assertThat(HttpResponses.header(event(Map.of("a", "b")), "webhook-id")).isEmpty();
        assertThat(HttpResponses.header(new APIGatewayV2HTTPEvent(), "webhook-id")).isEmpty();
    }

    @Test
    void header_nullValue_isEmpty() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Webhook-Id", null);

        assertThat(HttpResponses.header(event(headers), "webhook-id")).isEmpty();
    }

    @Test
    void body_plainText_isUtf8Bytes() {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setBody("{\"navn\":\"Bodø\"}");

        assertThat(new String(HttpResponses.body(event), StandardCharsets.UTF_8)).isEqualTo("{\"navn\":\"Bodø\"}");
    }

    @Test
    void body_base64Encoded_isDecoded() {
        byte[] raw = {(byte) 0xff, 0x00, 0x7b};
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setBody(Base64.getEncoder().encodeToString(raw));
        event.setIsBase64Encoded(true);

        assertThat(HttpResponses.body(event)).containsExactly(raw);
    }

    @Test
    void body_missing_isEmpty() {
        assertThat(HttpResponses.body(new APIGatewayV2HTTPEvent())).isEmpty();
    }

    @Test
    void body_invalidBase64_throwsIllegalArgument() {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setBody("not base64!");
        event.setIsBase64Encoded(true);

        assertThatThrownBy(() -> HttpResponses.body(event)).isInstanceOf(IllegalArgumentException.class);
    }

    private static APIGatewayV2HTTPEvent event(Map<String, String> headers) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setHeaders(headers);
        return event;
    }

    private static void assertSecurityHeaders(APIGatewayV2HTTPResponse response) {
        assertThat(response.getHeaders())
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Cache-Control", "no-store")
                .containsEntry("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsKey("Strict-Transport-Security");
    }
}
