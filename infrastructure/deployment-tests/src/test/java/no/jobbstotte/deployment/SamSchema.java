package no.jobbstotte.deployment;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.template.Template;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The official AWS SAM JSON schema, kept in the shared folder beside the checkout. It checks the SAM
 * resources (AWS::Serverless::*) and Globals in depth; plain CloudFormation resources only need a Type
 * that is not AWS::Serverless::*, so their properties are not checked here.
 */
final class SamSchema {

    /** json-schema-validator 3.x works on Jackson 3 trees (tools.jackson), not on Jackson 2 ones. */
    static final ObjectMapper JSON = new ObjectMapper();

    /** The evaluation path of a failed Type check in one anyOf branch; group 1 is the branch. */
    private static final Pattern REJECTED_TYPE = Pattern.compile("(.*/anyOf/\\d+)/\\$ref/properties/Type/(?:enum|pattern)");

    private final Schema schema;
    private final SpecificationVersion version;

    private SamSchema(Schema schema, SpecificationVersion version) {
        this.schema = schema;
        this.version = version;
    }

    static Path defaultLocation(Path repoRoot) {
        return repoRoot.resolve("../shared/schemas/aws-sam/sam.schema.json").normalize();
    }

    static SamSchema load(Path file) {
        JsonNode schemaNode;
        try {
            schemaNode = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SAM schema at " + file, e);
        }
        // Validate with the draft the schema declares (draft-04 today), not the library's default.
        SpecificationVersion version = SpecificationVersion.fromSchemaNode(schemaNode)
                .orElseThrow(() -> new IllegalStateException(file + " declares an unknown $schema: " + schemaNode.get("$schema")));
        Schema schema = SchemaRegistry.withDialect(withSamAnnotations(version)).getSchema(schemaNode);
        schema.initializeValidators();
        return new SamSchema(schema, version);
    }

    /** The SAM schema documents itself with two keywords of its own; they describe, they do not validate. */
    private static Dialect withSamAnnotations(SpecificationVersion version) {
        Dialect standard = SchemaRegistry.withDefaultDialect(version).getDialect(version.getDialectId());
        return Dialect.builder(standard)
                .keyword(new NonValidationKeyword("__samPassThrough"))
                .keyword(new NonValidationKeyword("markdownDescription"))
                .build();
    }

    SpecificationVersion version() {
        return version;
    }

    /** One line per problem: where in the template, then what is wrong. Empty when the template conforms. */
    List<String> problems(Template template) {
        return problems(JSON.valueToTree(template.root()));
    }

    List<String> problems(JsonNode template) {
        List<Error> errors = schema.validate(template);
        List<Error> relevant = withoutRejectedBranches(errors);
        return (relevant.isEmpty() ? errors : relevant).stream()
                .map(SamSchema::describe)
                .distinct()
                .toList();
    }

    /**
     * Resources and events are {@code anyOf} one schema per Type, so a single typo comes back once for
     * every branch (Connector, SimpleTable, Api, ...). A branch whose Type check failed is not the one
     * the author meant: keep only the errors from branches that accepted the Type.
     */
    private static List<Error> withoutRejectedBranches(List<Error> errors) {
        Set<String> rejectedBranches = new HashSet<>();
        for (Error error : errors) {
            Matcher typeCheck = REJECTED_TYPE.matcher(error.getEvaluationPath().toString());
            if (typeCheck.matches()) {
                rejectedBranches.add(typeCheck.group(1) + "/");
            }
        }
        return errors.stream()
                .filter(error -> rejectedBranches.stream().noneMatch(error.getEvaluationPath().toString()::startsWith))
                .toList();
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + " [" + error.getKeyword() + "] " + error.getMessage();
    }
}
