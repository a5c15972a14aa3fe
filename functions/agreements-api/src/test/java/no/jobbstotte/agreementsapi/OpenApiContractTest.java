package no.jobbstotte.agreementsapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.runtime.FunctionDefinition;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.testing.OpenApiSchemas;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml against template.yaml and the handler: the same routes, and for every documented
 * example request an answer whose status, content type and required top-level properties the
 * document describes.
 */
class OpenApiContractTest {

    private static final Path ROOT = RepoRoot.find();
    private final JsonNode openApi = read(ROOT.resolve("functions/agreements-api/openapi.yaml"));
    private final TestApi api = new TestApi();

    private static JsonNode read(Path path) {
        try {
            return new YAMLMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
    }

    @Test
    void routes_templateAndDocument_describeTheSameOperations() {
        Template template = Template.read(ROOT.resolve("template.yaml"));
        FunctionDefinition function = FunctionDefinition.of(template,
                template.resource("AgreementsApiFunction").orElseThrow());
        Set<String> inTemplate = new TreeSet<>();
        function.events().values().stream().filter(e -> e.type().equals("HttpApi")).forEach(e ->
                inTemplate.add(e.properties().get("Method").toString().toUpperCase(Locale.ROOT) + " " + e.properties().get("Path")));

        assertThat(documentedOperations()).isEqualTo(inTemplate).isNotEmpty();
        assertThat(openApi.get("openapi").asText()).startsWith("3.1");
    }

    @Test
    void examples_everyDocumentedRequest_getsADocumentedStatusAndShape() {
        Agreement seeded = new Agreement(api.chainId, "avtale-2024-majorstuen", 3, Agreement.Type.LOCAL,
                OrganisationNumber.parse("964951284"), "Rema 1000 Majorstuen", "0301", LocalDate.of(2024, 1, 1),
                Optional.empty(), 4, "butikksjef", Agreement.Status.ACTIVE);
        api.store.put(seeded, TestApi.NOW.minusSeconds(60));
        api.store.recordStatus(new StatusRecord(api.chainId, seeded.agreementId(), 3, ProcessingStatus.STORED, null,
                TestApi.NOW));
        Set<Integer> exercised = new HashSet<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<TestApi.Request> examples = exampleRequests(path.getKey(), path.getValue(), method, operation);
                TestApi.Request unsigned = newRequest(path.getKey(), path.getValue(), method, operation, exampleBody(operation));
                examples.add(unsigned.unsigned());
                for (TestApi.Request request : examples) {
                    APIGatewayV2HTTPResponse response = request.send();
                    String label = method.toUpperCase(Locale.ROOT) + " " + path.getKey() + " -> " + response.getStatusCode();
                    JsonNode documented = resolve(operation.get("responses").get(Integer.toString(response.getStatusCode())));
                    assertThat(documented).as(label + " is not a documented status").isNotNull();
                    JsonNode content = documented.get("content");
                    String contentType = response.getHeaders().get("Content-Type");
                    assertThat(content.has(contentType)).as(label + " content type " + contentType).isTrue();
                    JsonNode body = api.json(response);
                    for (String property : required(content.get(contentType).get("schema"))) {
                        assertThat(body.has(property)).as(label + " lacks documented property " + property).isTrue();
                    }
                    exercised.add(response.getStatusCode());
                    requests++;
                }
            }
        }
        assertThat(requests).isGreaterThanOrEqualTo(8);
        assertThat(exercised).contains(200, 202, 207, 400, 401, 422);
    }

    @Test
    void schemas_everySchemaObject_hasOnlyKnownKeywordsAndPlainPropertyNames() {
        assertThat(OpenApiSchemas.problems(openApi)).isEmpty();
    }

    @Test
    void schemas_unquotedCommaInAFlowMapping_isCaught() throws IOException {
        JsonNode split = new YAMLMapper().readTree("{ type: string, description: A role such as butikksjef, never a person. }");
        assertThat(OpenApiSchemas.schemaProblems(split, "#")).singleElement().asString().contains("never a person.");
    }

    @Test
    void agreementItem_propertiesAreTheValidatorsFields_stringsTheValidatorsStringFields() {
        JsonNode properties = openApi.at("/components/schemas/AgreementItem/properties");
        Set<String> documented = new TreeSet<>();
        Set<String> strings = new TreeSet<>();
        properties.fields().forEachRemaining(p -> {
            documented.add(p.getKey());
            if (p.getValue().path("type").asText().equals("string")) {
                strings.add(p.getKey());
            }
        });

        assertThat(documented).containsExactlyInAnyOrderElementsOf(AgreementValidator.FIELDS);
        assertThat(strings).containsExactlyInAnyOrderElementsOf(AgreementValidatorTest.UntransmittableText.stringFields());
    }

    private Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        openApi.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(name -> {
            if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(name)) {
                operations.add(name.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    private List<TestApi.Request> exampleRequests(String path, JsonNode pathItem, String method, JsonNode operation) {
        List<TestApi.Request> requests = new ArrayList<>();
        JsonNode examples = operation.path("requestBody").path("content").path("application/json").path("examples");
        if (examples.isObject() && !examples.isEmpty()) {
            examples.forEach(example -> requests.add(newRequest(path, pathItem, method, operation, example.get("value").toString())));
        } else {
            requests.add(newRequest(path, pathItem, method, operation, ""));
        }
        return requests;
    }

    private String exampleBody(JsonNode operation) {
        JsonNode examples = operation.path("requestBody").path("content").path("application/json").path("examples");
        return examples.isObject() && !examples.isEmpty() ? examples.elements().next().get("value").toString() : "";
    }

    /** A request with the documented example values for path and query parameters. */
    private TestApi.Request newRequest(String path, JsonNode pathItem, String method, JsonNode operation, String body) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        String agreementId = null;
        for (JsonNode parameter : parameters) {
            if (parameter.get("in").asText().equals("path") && parameter.get("name").asText().equals("agreementId")) {
                agreementId = parameter.get("example").asText();
            }
        }
        TestApi.Request request = api.new Request(method.toUpperCase(Locale.ROOT), api.chainId, agreementId,
                body.getBytes(StandardCharsets.UTF_8));
        for (JsonNode parameter : parameters) {
            if (parameter.get("in").asText().equals("query") && parameter.has("example")) {
                request.query(parameter.get("name").asText(), parameter.get("example").asText());
            }
        }
        if (!body.isEmpty()) {
            request.header("content-type", "application/json");
        }
        assertThat(path).contains("{chainId}");
        return request;
    }

    private JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            assertThat(ref).startsWith("#/");
            node = openApi.at(ref.substring(1));
            assertThat(node.isMissingNode()).as("unresolved " + ref).isFalse();
        }
        return node;
    }

    /** Required top-level properties of a schema, through $ref and allOf. */
    private Set<String> required(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        JsonNode resolved = resolve(schema);
        if (resolved == null) {
            return names;
        }
        resolved.path("required").forEach(name -> names.add(name.asText()));
        resolved.path("allOf").forEach(part -> names.addAll(required(part)));
        return names;
    }
}
