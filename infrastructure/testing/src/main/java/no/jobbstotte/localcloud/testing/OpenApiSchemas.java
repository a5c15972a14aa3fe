package no.jobbstotte.localcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Structural checks on an OpenAPI 3.1 document's schema objects that a YAML parser lets through:
 * an unquoted comma in a flow mapping, for one, splits a description into a bogus keyword.
 */
public final class OpenApiSchemas {

    private OpenApiSchemas() {}

    /** What is wrong with the schemas under components, paths and parameters; empty when nothing is. */
    public static List<String> problems(JsonNode openApi) {
        List<String> problems = new ArrayList<>();
        openApi.path("components").path("schemas").fields()
                .forEachRemaining(s -> checkSchema(s.getValue(), "#/components/schemas/" + s.getKey(), problems));
        checkSchemasUnder(openApi.path("paths"), "#/paths", problems);
        checkSchemasUnder(openApi.path("components").path("parameters"), "#/components/parameters", problems);
        return problems;
    }

    /** What is wrong with one schema object and the schemas inside it. */
    public static List<String> schemaProblems(JsonNode schema, String at) {
        List<String> problems = new ArrayList<>();
        checkSchema(schema, at, problems);
        return problems;
    }

    /** JSON Schema 2020-12 and OpenAPI 3.1 schema keywords a document may use; anything else is a typo or a YAML slip. */
    private static final Set<String> SCHEMA_KEYWORDS = Set.of("$ref", "type", "format", "pattern", "enum", "const",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
            "minItems", "maxItems", "uniqueItems", "items", "prefixItems", "properties", "required",
            "additionalProperties", "minProperties", "maxProperties", "allOf", "anyOf", "oneOf", "not", "title",
            "description", "default", "examples", "example", "readOnly", "writeOnly", "deprecated", "discriminator",
            "externalDocs", "contentMediaType", "contentEncoding");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    /** Every value of a {@code schema} key anywhere below {@code node}. */
    private static void checkSchemasUnder(JsonNode node, String at, List<String> problems) {
        node.fields().forEachRemaining(field -> {
            String where = at + "/" + field.getKey();
            if (field.getKey().equals("schema")) {
                checkSchema(field.getValue(), where, problems);
            } else if (field.getValue().isContainerNode()) {
                checkSchemasUnder(field.getValue(), where, problems);
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkSchemasUnder(node.get(i), at + "/" + i, problems);
            }
        }
    }

    private static void checkSchema(JsonNode schema, String at, List<String> problems) {
        if (!schema.isObject()) {
            problems.add(at + " is not a schema object");
            return;
        }
        schema.fieldNames().forEachRemaining(keyword -> {
            if (!SCHEMA_KEYWORDS.contains(keyword) && !keyword.startsWith("x-")) {
                problems.add(at + " has unknown keyword «" + keyword + "»");
            }
        });
        schema.path("properties").fields().forEachRemaining(property -> {
            if (!PROPERTY_NAME.matcher(property.getKey()).matches()) {
                problems.add(at + "/properties has an unlikely property name «" + property.getKey() + "»");
            }
            checkSchema(property.getValue(), at + "/properties/" + property.getKey(), problems);
        });
        schema.path("required").forEach(name -> {
            if (schema.has("properties") && !schema.get("properties").has(name.asText())) {
                problems.add(at + " requires «" + name.asText() + "», which is not among its properties");
            }
        });
        for (String single : List.of("items", "not")) {
            if (schema.has(single)) {
                checkSchema(schema.get(single), at + "/" + single, problems);
            }
        }
        if (schema.path("additionalProperties").isObject()) {
            checkSchema(schema.get("additionalProperties"), at + "/additionalProperties", problems);
        }
        for (String list : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
            for (int i = 0; i < schema.path(list).size(); i++) {
                checkSchema(schema.get(list).get(i), at + "/" + list + "/" + i, problems);
            }
        }
    }
}
