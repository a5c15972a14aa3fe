package no.jobbstotte.volunteersignup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.runtime.FunctionDefinition;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.OpenApiSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** openapi.yaml stays true: same routes as template.yaml, and its examples get the statuses it documents. */
class VolunteerOpenApiTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Path OPENAPI = RepoRoot.find().resolve("functions/volunteer-signup/openapi.yaml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> openApi() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return (Map<String, Object>) new Yaml(options).load(Files.readString(OPENAPI));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> paths(Map<String, Object> doc) {
        return (Map<String, Map<String, Object>>) doc.get("paths");
    }

    @Test
    void document_isOpenApi31() throws IOException {
        assertThat(openApi().get("openapi").toString()).startsWith("3.1.");
    }

    @Test
    void schemas_everySchemaObject_hasOnlyKnownKeywordsAndPlainPropertyNames() throws IOException {
        assertThat(OpenApiSchemas.problems(new YAMLMapper().readTree(Files.readString(OPENAPI)))).isEmpty();
    }

    @Test
    void routes_matchTheFunctionsHttpApiEventsInTemplate() throws IOException {
        Template template = Template.read(RepoRoot.find().resolve("template.yaml"));
        FunctionDefinition function = FunctionDefinition.of(template, template.resource("VolunteerSignupFunction").orElseThrow());
        Set<String> inTemplate = new TreeSet<>();
        function.events().values().stream().filter(e -> e.type().equals("HttpApi"))
                .forEach(e -> inTemplate.add(e.properties().get("Method").toString().toUpperCase(Locale.ROOT) + " "
                        + e.properties().get("Path")));
        Set<String> documented = new TreeSet<>();
        paths(openApi()).forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        assertThat(documented).isEqualTo(inTemplate);
    }

    @Test
    @SuppressWarnings("unchecked")
    void examples_getTheirDocumentedStatus() throws IOException {
        VolunteerApi api = new VolunteerApi(CLOUD.cloud());
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> path : paths(openApi()).entrySet()) {
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                if (body == null) {
                    continue;
                }
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                ((Map<String, Object>) body.get("content")).forEach((type, media) -> {
                    Map<String, Object> examples = (Map<String, Object>) ((Map<String, Object>) media).get("examples");
                    if (examples == null) {
                        return;
                    }
                    examples.forEach((name, example) -> {
                        Map<String, Object> ex = (Map<String, Object>) example;
                        int expected = ((Number) ex.get("x-expected-status")).intValue();
                        assertThat(responses).as("%s %s documents %s", path.getKey(), name, expected)
                                .containsKey(Integer.toString(expected));
                        String payload = ex.get("value") instanceof String s ? s : json(ex.get("value"));
                        HttpResponse<String> response = api.post(path.getKey(), type, payload);
                        assertThat(response.statusCode()).as("%s %s example %s", operation.getKey(), path.getKey(), name)
                                .isEqualTo(expected);
                        checked.add(name);
                    });
                });
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(9);
    }

    private static String json(Object value) {
        try {
            return VolunteerApi.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
