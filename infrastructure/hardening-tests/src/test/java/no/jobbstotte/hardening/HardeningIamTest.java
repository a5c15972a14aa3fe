package no.jobbstotte.hardening;

import static no.jobbstotte.localcloud.testing.SourceFiles.javaFiles;
import static no.jobbstotte.localcloud.testing.SourceFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Least privilege, read from template.yaml: each function's Policies (SAM policy templates
 * expanded through policy_templates.json, and inline statements) become (IAM action, resource)
 * grants and are compared with what the function's code calls, declared below and checked
 * against the source so the declaration cannot drift.
 *
 * <p>Fails on a wildcard action or resource, on a grant the code needs but the policy lacks, and
 * on broadness that is not in {@link #KNOWN_BROADNESS} (the findings reported to the template's
 * owner, each with the change that removes it).
 */
@Order(50)
class HardeningIamTest {

    /** Function → resource (logical id, or the SES identity parameter) → IAM actions its Lambda code path uses. */
    static final Map<String, Map<String, Set<String>>> NEEDED = Map.ofEntries(
            Map.entry("AgreementsApiFunction", Map.of(
                    "AgreementsTable", Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
                            "dynamodb:BatchGetItem"),
                    "ChainsTable", Set.of("dynamodb:GetItem"),
                    "RequestLogTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
                    "AgreementsQueue", Set.of("sqs:SendMessage"),
                    "ChainSigningSecret", Set.of("secretsmanager:GetSecretValue"))),
            Map.entry("AgreementsSyncFunction", Map.of(
                    "AgreementsTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"),
                    "AgreementsDeadLetterQueue", Set.of("sqs:SendMessage"))),
            Map.entry("PlacementEventsFunction", Map.of(
                    "PlacementsTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
                    "DirectoryTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"),
                    "PlacementEventsDeadLetterQueue", Set.of("sqs:SendMessage"))),
            Map.entry("FollowUpSchedulerFunction", Map.of(
                    "DirectoryTable", Set.of("dynamodb:Scan"),
                    "PlacementsTable", Set.of("dynamodb:Query"),
                    "RemindersLogTable", Set.of("dynamodb:PutItem", "dynamodb:DeleteItem"),
                    "RemindersQueue", Set.of("sqs:SendMessage"),
                    "MailDeliveryTable", Set.of("dynamodb:BatchGetItem"),
                    "MailRecipientPepperSecret", Set.of("secretsmanager:GetSecretValue"))),
            Map.entry("ReminderSenderFunction", Map.of(
                    "DirectoryTable", Set.of("dynamodb:GetItem", "dynamodb:Query"),
                    "PlacementsTable", Set.of("dynamodb:Query"),
                    "RemindersLogTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "RemindersDeadLetterQueue", Set.of("sqs:SendMessage"),
                    "FollowUpActionSigningSecret", Set.of("secretsmanager:GetSecretValue"),
                    "ses-identity:ReminderSenderAddress", Set.of("ses:SendEmail"),
                    "ses-domain:ReminderSenderAddress", Set.of("ses:SendEmail"),
                    "MailConfigurationSet", Set.of("ses:SendEmail"),
                    "MailDeliveryTable", Set.of("dynamodb:GetItem", "dynamodb:BatchGetItem"),
                    "MailRecipientPepperSecret", Set.of("secretsmanager:GetSecretValue"))),
            Map.entry("FollowUpActionsFunction", Map.of(
                    "PlacementsTable", Set.of("dynamodb:GetItem"),
                    "PlacementEventsQueue", Set.of("sqs:SendMessage"),
                    "FollowUpActionSigningSecret", Set.of("secretsmanager:GetSecretValue"))),
            Map.entry("VolunteerSignupFunction", Map.of(
                    "VolunteersTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                            "dynamodb:DeleteItem"),
                    "VolunteerCountsTable", Set.of("dynamodb:PutItem"),
                    "VolunteerEmailPepperSecret", Set.of("secretsmanager:GetSecretValue"),
                    "ses-identity:VolunteerSenderAddress", Set.of("ses:SendEmail"),
                    "ses-domain:VolunteerSenderAddress", Set.of("ses:SendEmail"),
                    "MailConfigurationSet", Set.of("ses:SendEmail"),
                    "MailDeliveryTable", Set.of("dynamodb:GetItem"),
                    "MailRecipientPepperSecret", Set.of("secretsmanager:GetSecretValue"))),
            Map.entry("VolunteerDigestFunction", Map.of(
                    "VolunteersTable", Set.of("dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem",
                            "dynamodb:DeleteItem"),
                    "VolunteerCountsTable", Set.of("dynamodb:PutItem"),
                    "CoordinatorsTable", Set.of("dynamodb:GetItem"),
                    "ses-identity:VolunteerSenderAddress", Set.of("ses:SendEmail"),
                    "ses-domain:VolunteerSenderAddress", Set.of("ses:SendEmail"),
                    "MailConfigurationSet", Set.of("ses:SendEmail"),
                    "MailDeliveryTable", Set.of("dynamodb:GetItem"),
                    "MailRecipientPepperSecret", Set.of("secretsmanager:GetSecretValue"))),
            Map.entry("StatisticsPublisherFunction", Map.of(
                    "PlacementsTable", Set.of("dynamodb:Scan"),
                    "AgreementsTable", Set.of("dynamodb:Scan"),
                    "VolunteerCountsTable", Set.of("dynamodb:Scan"),
                    "StatisticsBucket", Set.of("s3:GetObject", "s3:PutObject", "s3:ListBucket"))),
            Map.entry("DeliveryEventsFunction", Map.of(
                    "MailDeliveryTable", Set.of("dynamodb:UpdateItem"),
                    "MailRecipientPepperSecret", Set.of("secretsmanager:GetSecretValue"),
                    "MailDeliveryDeadLetterQueue", Set.of("sqs:SendMessage"))));

    /** Function → module folder, for the source check. */
    static final Map<String, String> MODULES = Map.of(
            "AgreementsApiFunction", "functions/agreements-api",
            "AgreementsSyncFunction", "functions/agreements-sync",
            "PlacementEventsFunction", "functions/placement-events",
            "FollowUpSchedulerFunction", "functions/followup-scheduler",
            "ReminderSenderFunction", "functions/reminder-sender",
            "FollowUpActionsFunction", "functions/followup-actions",
            "VolunteerSignupFunction", "functions/volunteer-signup",
            "VolunteerDigestFunction", "functions/volunteer-digest",
            "StatisticsPublisherFunction", "functions/statistics-publisher",
            "DeliveryEventsFunction", "functions/delivery-events");

    /**
     * Actions the scanned source calls that the Lambda's own path does not: shared classes used by
     * a sibling function, or the operators' admin commands (run with their own credentials).
     */
    static final Map<String, Map<String, String>> NOT_ON_THE_LAMBDA_PATH = Map.of(
            "AgreementsApiFunction", Map.of(
                    "dynamodb:UpdateItem", "DynamoDbAgreementStore.store (AgreementsSync) and bin/chains add/revoke/disable",
                    "dynamodb:Scan", "bin/chains list"),
            "AgreementsSyncFunction", Map.of(
                    "dynamodb:Query", "DynamoDbAgreementStore.latestStatus/updatedSince (the API's reads)",
                    "dynamodb:BatchGetItem", "DynamoDbAgreementStore.conflicting (the API's check before it accepts)"),
            "FollowUpSchedulerFunction", Map.of(
                    "dynamodb:GetItem", "DynamoDbRemindersLog sender side, DynamoDbDirectory.find (ReminderSender)"
                            + " and DynamoDbMailDelivery.isSuppressed (the senders' check)",
                    "dynamodb:UpdateItem", "DynamoDbRemindersLog sender side (ReminderSender) and"
                            + " DynamoDbMailDelivery.record (DeliveryEvents)"),
            "ReminderSenderFunction", Map.of(
                    "dynamodb:PutItem", "DynamoDbRemindersLog.schedule (FollowUpScheduler)",
                    "dynamodb:DeleteItem", "DynamoDbRemindersLog.unschedule (FollowUpScheduler)",
                    "dynamodb:Scan", "DynamoDbDirectory.forEachActive (FollowUpScheduler) and"
                            + " DynamoDbPlacements.forEachPlacement (StatisticsPublisher)"),
            "FollowUpActionsFunction", Map.of(
                    "dynamodb:Query", "DynamoDbPlacements' index queries (FollowUpScheduler, ReminderSender)",
                    "dynamodb:Scan", "DynamoDbPlacements.forEachPlacement (StatisticsPublisher)"),
            "VolunteerSignupFunction", Map.of(
                    "dynamodb:BatchGetItem", "DynamoDbMailDelivery.suppressedAmong (ReminderSender's team digests)",
                    "dynamodb:Query", "DynamoDbVolunteers.confirmedOn (VolunteerDigest)",
                    "dynamodb:Scan", "DynamoDbVolunteerCounts.readMonthlyCounts (StatisticsPublisher)"),
            "VolunteerDigestFunction", Map.of(
                    "dynamodb:Scan", "DynamoDbVolunteerCounts.readMonthlyCounts (StatisticsPublisher)",
                    "dynamodb:BatchGetItem", "DynamoDbMailDelivery.suppressedAmong (ReminderSender's team digests)"),
            "DeliveryEventsFunction", Map.of(
                    "dynamodb:GetItem", "DynamoDbMailDelivery.isSuppressed (the senders' check)",
                    "dynamodb:BatchGetItem", "DynamoDbMailDelivery.suppressedAmong (ReminderSender's team digests)"),
            "StatisticsPublisherFunction", Map.of(
                    "dynamodb:GetItem", "DynamoDbPlacements.find (FollowUpActions)",
                    "dynamodb:PutItem", "DynamoDbPlacements.save (PlacementEvents) and DynamoDbVolunteerCounts.countOnce"
                            + " (VolunteerSignup, VolunteerDigest)",
                    "dynamodb:Query", "DynamoDbPlacements' index queries (FollowUpScheduler, ReminderSender)"));

    /**
     * The tables that hold personal data: volunteers (names, e-mail addresses, phone numbers),
     * the directory of job specialists and team leads, the volunteer coordinators (names and work
     * addresses), and the chains with their signing secrets.
     */
    static final Set<String> PERSONAL_DATA_TABLES = Set.of("VolunteersTable", "DirectoryTable", "CoordinatorsTable",
            "ChainsTable");

    /**
     * Grants broader than the code needs, as "function resource action", accepted for now; none
     * since every function has inline least-privilege statements. A new one fails the test.
     */
    static final Set<String> KNOWN_BROADNESS = Set.of();

    private static final Pattern SDK_CALL = Pattern.compile("\\.(putItem|getItem|updateItem|query|queryPaginator|scan"
            + "|scanPaginator|deleteItem|batchWriteItem|batchGetItem|transactWriteItems|transactGetItems|sendMessage"
            + "|sendMessageBatch|sendEmail|putObject|getObject|listObjectsV2|listObjectsV2Paginator|headObject"
            + "|deleteObject|describeTable|getSecretValue)\\(");
    private static final Map<String, String> SDK_TO_IAM = Map.ofEntries(
            Map.entry("dynamodb.putItem", "dynamodb:PutItem"), Map.entry("dynamodb.getItem", "dynamodb:GetItem"),
            Map.entry("dynamodb.updateItem", "dynamodb:UpdateItem"), Map.entry("dynamodb.query", "dynamodb:Query"),
            Map.entry("dynamodb.queryPaginator", "dynamodb:Query"), Map.entry("dynamodb.scan", "dynamodb:Scan"),
            Map.entry("dynamodb.scanPaginator", "dynamodb:Scan"), Map.entry("dynamodb.deleteItem", "dynamodb:DeleteItem"),
            Map.entry("dynamodb.batchWriteItem", "dynamodb:BatchWriteItem"),
            Map.entry("dynamodb.batchGetItem", "dynamodb:BatchGetItem"),
            Map.entry("dynamodb.transactWriteItems", "dynamodb:PutItem"),
            Map.entry("dynamodb.transactGetItems", "dynamodb:GetItem"),
            Map.entry("dynamodb.describeTable", "dynamodb:DescribeTable"),
            // SendMessageBatch is authorised by sqs:SendMessage; IAM has no separate action for it.
            Map.entry("sqs.sendMessage", "sqs:SendMessage"), Map.entry("sqs.sendMessageBatch", "sqs:SendMessage"),
            Map.entry("sesv2.sendEmail", "ses:SendEmail"),
            // A GetObject or HeadObject of a missing key answers 404 only with ListBucket on the bucket, else 403.
            Map.entry("s3.putObject", "s3:PutObject"), Map.entry("s3.getObject", "s3:GetObject,s3:ListBucket"),
            Map.entry("s3.headObject", "s3:GetObject,s3:ListBucket"), Map.entry("s3.listObjectsV2", "s3:ListBucket"),
            Map.entry("s3.listObjectsV2Paginator", "s3:ListBucket"), Map.entry("s3.deleteObject", "s3:DeleteObject"),
            Map.entry("secretsmanager.getSecretValue", "secretsmanager:GetSecretValue"));
    /** The IAM actions a wildcard in a policy template can match, per service, for expansion. */
    private static final List<String> KNOWN_ACTIONS = List.of("sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage",
            "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility", "sqs:PurgeQueue", "sqs:DeleteQueue");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path repo = RepoRoot.find();
    /** {@code -Dhardening.template=<file>} checks a proposed template instead (then clear KNOWN_BROADNESS). */
    private final Template template = Template.read(System.getProperty("hardening.template") == null
            ? repo.resolve("template.yaml") : Path.of(System.getProperty("hardening.template")));

    record Grant(String resource, String action) {}

    record Result(List<String> failures, Set<String> broadness) {}

    @Test
    void everyFunction_policiesExpandToExactlyWhatItsCodeNeeds_noWildcards() {
        Result result = analyse(template);
        List<String> failures = result.failures();
        Set<String> broadness = result.broadness();
        Set<String> unexpected = new TreeSet<>(broadness);
        unexpected.removeAll(KNOWN_BROADNESS);
        Set<String> fixed = new TreeSet<>(KNOWN_BROADNESS);
        fixed.removeAll(broadness);
        System.out.println("IAM findings (granted, not needed): " + grouped(broadness));
        assertThat(failures).as("wildcards or missing grants").isEmpty();
        assertThat(unexpected).as("new broadness beyond the known findings").isEmpty();
        assertThat(fixed).as("known findings that are gone: remove them from KNOWN_BROADNESS").isEmpty();
    }

    /**
     * The statistics are anonymous, so the function that publishes them must not be able to read a
     * person at all (issue #14, item 7): no action of any kind on a table with personal data, and
     * no wildcard that would reach one. Volunteers arrive only as VolunteerCountsTable's counts.
     */
    @Test
    void statisticsPublisher_hasNoGrantAtAllOnATableWithPersonalData() {
        assertThat(template.ofType(Template.TABLE).stream().map(Resource::logicalId).toList())
                .as("every table named as holding personal data is in the template").containsAll(PERSONAL_DATA_TABLES);
        List<String> failures = new ArrayList<>();
        Set<Grant> granted = grants(template.resource("StatisticsPublisherFunction").orElseThrow(), policyTemplates(), failures);

        assertThat(failures).as("wildcards or managed policies").isEmpty();
        assertThat(granted).as("its grants").isNotEmpty()
                .noneMatch(grant -> PERSONAL_DATA_TABLES.stream().anyMatch(table -> names(grant.resource(), table)))
                .anyMatch(grant -> grant.resource().equals("VolunteerCountsTable"));
    }

    /** Whether a rendered resource is, or is built from, the logical id {@code table}. */
    private static boolean names(String resource, String table) {
        return Pattern.compile("\\b" + table + "\\b").matcher(resource).find();
    }

    /** The checker itself: a wildcard, a managed policy and a missing grant are each caught. */
    @Test
    void checker_catchesWildcardsManagedPoliciesAndMissingGrants() throws IOException {
        String yaml = """
                Resources:
                  VolunteersTable: { Type: AWS::DynamoDB::Table, Properties: {} }
                  VolunteerSignupFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Policies:
                        - AmazonDynamoDBFullAccess
                        - Statement:
                            - Effect: Allow
                              Action: '*'
                              Resource: !GetAtt VolunteersTable.Arn
                            - Effect: Allow
                              Action: dynamodb:GetItem
                              Resource: '*'
                """;
        Path file = Files.createTempFile("iam-check", ".yaml");
        try {
            Files.writeString(file, yaml);
            Result result = analyse(Template.parse(file, yaml));
            assertThat(result.failures()).anyMatch(f -> f.contains("managed policy"))
                    .anyMatch(f -> f.contains("wildcard grant * on VolunteersTable"))
                    .anyMatch(f -> f.contains("wildcard grant dynamodb:GetItem on *"))
                    .anyMatch(f -> f.contains("needs dynamodb:PutItem on VolunteersTable"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    Result analyse(Template template) {
        JsonNode policyTemplates = policyTemplates();
        List<String> failures = new ArrayList<>();
        Set<String> broadness = new TreeSet<>();
        for (Resource function : template.ofType(Template.FUNCTION)) {
            String id = function.logicalId();
            Set<Grant> granted = grants(function, policyTemplates, failures);
            Map<String, Set<String>> needed = NEEDED.get(id);
            if (needed == null) {
                if (!Files.isDirectory(repo.resolve("functions/statistics-publisher/src/main/java"))
                        && id.equals("StatisticsPublisherFunction")) {
                    continue; // being written; only the wildcard check above applies for now
                }
                failures.add(id + ": not in NEEDED; declare the SDK operations its code uses");
                continue;
            }
            needed.forEach((resource, actions) -> actions.forEach(action -> {
                if (!granted.contains(new Grant(resource, action))) {
                    failures.add(id + ": code needs " + action + " on " + resource + " but the policy lacks it");
                }
            }));
            for (Grant grant : granted) {
                if (!needed.getOrDefault(grant.resource(), Set.of()).contains(grant.action())) {
                    broadness.add(id + " " + grant.resource() + " " + grant.action());
                }
            }
        }
        return new Result(failures, broadness);
    }

    /** The function's policies as (resource, action) grants; wildcards and managed policies go to {@code failures}. */
    private Set<Grant> grants(Resource function, JsonNode policyTemplates, List<String> failures) {
        Set<Grant> granted = new HashSet<>();
        for (Object policy : function.list("Policies")) {
            expand(function.logicalId(), policy, policyTemplates, granted, failures);
        }
        return granted;
    }

    private static Map<String, Set<String>> grouped(Set<String> entries) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String entry : entries) {
            String[] parts = entry.split(" ");
            out.computeIfAbsent(parts[0] + " " + parts[1], k -> new TreeSet<>()).add(parts[2]);
        }
        return out;
    }

    /** The declared map matches the SDK calls in the module's source and the shared classes it reaches. */
    @Test
    void neededMap_matchesTheSdkCallsInTheSource() {
        List<String> drift = new ArrayList<>();
        MODULES.forEach((function, module) -> {
            Set<String> inCode = sdkActions(repo.resolve(module).resolve("src/main/java"));
            Set<String> declared = new TreeSet<>();
            NEEDED.get(function).values().forEach(declared::addAll);
            Set<String> exempt = NOT_ON_THE_LAMBDA_PATH.getOrDefault(function, Map.of()).keySet();
            for (String action : declared) {
                if (!inCode.contains(action)) {
                    drift.add(function + ": declares " + action + " but no source calls it");
                }
            }
            for (String action : inCode) {
                if (!declared.contains(action) && !exempt.contains(action)) {
                    drift.add(function + ": source calls " + action + ", not declared in NEEDED");
                }
            }
            for (String action : exempt) {
                if (!inCode.contains(action) || declared.contains(action)) {
                    drift.add(function + ": stale NOT_ON_THE_LAMBDA_PATH entry " + action);
                }
            }
        });
        assertThat(drift).isEmpty();
    }

    /** IAM actions of SDK calls in the module and, following imports, in the shared classes it uses. */
    private Set<String> sdkActions(Path moduleSources) {
        Path sharedRoot = repo.resolve("shared/src/main/java");
        Set<Path> seen = new HashSet<>();
        Deque<Path> work = new ArrayDeque<>(javaFiles(moduleSources));
        Set<String> actions = new TreeSet<>();
        Pattern sharedImport = Pattern.compile("import (?:static )?(no\\.jobbstotte\\.shared\\.[\\w.]+);");
        while (!work.isEmpty()) {
            Path file = work.pop();
            if (!seen.add(file)) {
                continue;
            }
            String code = read(file);
            Matcher imports = sharedImport.matcher(code);
            while (imports.find()) {
                String name = imports.group(1);
                // a nested type or static member: walk up until a file exists
                for (String candidate = name; candidate.contains("."); candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
                    Path source = sharedRoot.resolve(candidate.replace('.', '/') + ".java");
                    if (Files.isRegularFile(source)) {
                        work.add(source);
                        break;
                    }
                }
            }
            if (file.startsWith(sharedRoot)) {
                // same-package references need no import
                for (Path sibling : javaFiles(file.getParent())) {
                    String simple = sibling.getFileName().toString().replace(".java", "");
                    if (!sibling.equals(file) && Pattern.compile("\\b" + simple + "\\b").matcher(code).find()) {
                        work.add(sibling);
                    }
                }
            }
            for (String service : List.of("dynamodb", "sqs", "sesv2", "s3", "secretsmanager")) {
                if (!code.contains("import software.amazon.awssdk.services." + service + ".")) {
                    continue;
                }
                Matcher call = SDK_CALL.matcher(code);
                while (call.find()) {
                    String action = SDK_TO_IAM.get(service + "." + call.group(1));
                    if (action != null) {
                        actions.addAll(List.of(action.split(",")));
                    }
                }
            }
        }
        return actions;
    }

    /** SAM's own policy templates, as the local cloud carries them (resources/sam/policy_templates.json). */
    private JsonNode policyTemplates() {
        try (var in = HardeningIamTest.class.getResourceAsStream("/sam/policy_templates.json")) {
            return JSON.readTree(in).get("Templates");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /sam/policy_templates.json", e);
        }
    }

    @SuppressWarnings("unchecked")
    private void expand(String function, Object policy, JsonNode templates, Set<Grant> granted, List<String> failures) {
        if (!(policy instanceof Map<?, ?> map) || map.size() != 1) {
            failures.add(function + ": policy " + policy + " is a managed policy or not a single template/statement list");
            return;
        }
        var entry = ((Map<String, Object>) map).entrySet().iterator().next();
        if (entry.getKey().equals("Statement")) {
            for (Object statement : (List<Object>) entry.getValue()) {
                Map<String, Object> s = (Map<String, Object>) statement;
                if (!"Allow".equals(s.get("Effect"))) {
                    continue;
                }
                for (String resource : asList(s.get("Resource")).stream().map(this::render).toList()) {
                    for (Object action : asList(s.get("Action"))) {
                        grant(function, action.toString(), resource, granted, failures);
                    }
                }
            }
            return;
        }
        JsonNode definition = templates.path(entry.getKey()).path("Definition");
        if (definition.isMissingNode()) {
            failures.add(function + ": unknown policy template " + entry.getKey());
            return;
        }
        Map<String, Object> parameters = (Map<String, Object>) entry.getValue();
        for (JsonNode statement : definition.path("Statement")) {
            if (!"Allow".equals(statement.path("Effect").asText())) {
                continue;
            }
            List<String> resources = new ArrayList<>();
            JsonNode resourceNode = statement.path("Resource");
            for (JsonNode r : resourceNode.isArray() ? resourceNode : JSON.createArrayNode().add(resourceNode)) {
                resources.add(templateResource(r, parameters));
            }
            JsonNode actionNode = statement.path("Action");
            for (JsonNode action : actionNode.isArray() ? actionNode : JSON.createArrayNode().add(actionNode)) {
                for (String resource : resources) {
                    grant(function, action.asText(), resource, granted, failures);
                }
            }
        }
    }

    private void grant(String function, String action, String resource, Set<Grant> granted, List<String> failures) {
        if (action.equals("*") || action.endsWith(":*") || resource.equals("*")) {
            failures.add(function + ": wildcard grant " + action + " on " + resource);
            return;
        }
        if (action.contains("*")) {
            String prefix = action.substring(0, action.indexOf('*'));
            KNOWN_ACTIONS.stream().filter(a -> a.startsWith(prefix)).forEach(a -> granted.add(new Grant(resource, a)));
            return;
        }
        granted.add(new Grant(resource, action));
    }

    /** A template statement's resource, named by the template parameter's logical id (table/index/* counts as the table). */
    @SuppressWarnings("unchecked")
    private String templateResource(JsonNode resource, Map<String, Object> parameters) {
        if (resource.isTextual()) {
            return resource.asText();
        }
        JsonNode sub = resource.path("Fn::Sub");
        JsonNode variables = sub.get(1);
        for (var it = variables.fields(); it.hasNext(); ) {
            var variable = it.next();
            String parameter = variable.getValue().path("Ref").asText();
            Object value = parameters.get(parameter);
            if (value == null) {
                return "*";
            }
            return render(value);
        }
        return sub.get(0).asText();
    }

    /** !Ref X, !GetAtt X.Attr → X; a !Sub SES identity ARN → ses-identity:Parameter; "*" stays "*". */
    @SuppressWarnings("unchecked")
    private String render(Object value) {
        if (value instanceof Map<?, ?> map) {
            Object ref = map.get("Ref");
            if (ref != null) {
                return ref.toString();
            }
            Object getAtt = map.get("Fn::GetAtt");
            if (getAtt != null) {
                String target = getAtt instanceof List<?> list ? list.get(0).toString() : getAtt.toString().split("\\.")[0];
                return target;
            }
            Object sub = map.get("Fn::Sub");
            if (sub != null) {
                String text = sub instanceof List<?> list ? list.get(0).toString() : sub.toString();
                // identity/${Domain} with Domain: !Select [1, !Split ['@', !Ref Address]]: the address's domain
                Matcher domain = Pattern.compile(":identity/\\$\\{(\\w+)}$").matcher(text);
                if (sub instanceof List<?> list && list.size() > 1 && list.get(1) instanceof Map<?, ?> variables
                        && domain.find() && variables.get(domain.group(1)) instanceof Map<?, ?> select
                        && select.get("Fn::Select") instanceof List<?> args && args.get(1) instanceof Map<?, ?> split
                        && split.get("Fn::Split") instanceof List<?> splitArgs && "@".equals(splitArgs.get(0))
                        && splitArgs.get(1) instanceof Map<?, ?> address && address.get("Ref") != null) {
                    return "ses-domain:" + address.get("Ref");
                }
                // configuration-set/${Set}: the template's configuration set, by logical id
                Matcher configurationSet = Pattern.compile(":configuration-set/\\$\\{(\\w+)}$").matcher(text);
                if (configurationSet.find()) {
                    return configurationSet.group(1);
                }
                Matcher identity = Pattern.compile(":identity/\\$\\{(\\w+)}$").matcher(text);
                if (identity.find()) {
                    return "ses-identity:" + identity.group(1);
                }
                // ${Table.Arn} or ${Table.Arn}/index/<name>: a named index counts as its table
                Matcher table = Pattern.compile("^\\$\\{(\\w+)\\.Arn}(/index/[A-Za-z0-9_.-]+)?$").matcher(text);
                if (table.find()) {
                    return table.group(1);
                }
                // ${Bucket.Arn}/<literal prefix>/*: objects under one prefix of that bucket, not a wildcard
                Matcher prefix = Pattern.compile("^\\$\\{(\\w+)\\.Arn}(/[A-Za-z0-9_.-]+)+/\\*$").matcher(text);
                if (prefix.find()) {
                    return prefix.group(1);
                }
                return text.contains("*") ? "*" : text;
            }
        }
        return value.toString();
    }

    private static List<Object> asList(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : value == null ? List.of() : List.of(value);
    }

    static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
        return new LinkedHashMap<>(map);
    }
}
