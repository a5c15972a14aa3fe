package no.jobbstotte.localcloud.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.emulator.SecretStore.AwsError;
import no.jobbstotte.localcloud.emulator.SecretStore.Secret;
import no.jobbstotte.localcloud.emulator.SecretStore.Value;
import no.jobbstotte.localcloud.emulator.SecretStore.Version;

/**
 * A minimal AWS Secrets Manager for the local cloud (no open-source emulator of it is on the
 * registries this project uses): the AWS JSON 1.1 protocol ({@code X-Amz-Target:
 * secretsmanager.<Operation>}) for CreateSecret, GetSecretValue, PutSecretValue and DescribeSecret,
 * which is what the functions, {@code bin/chains}, the provisioner and an operator's rotation use.
 * Errors have AWS's shape ({@code {"__type": ..., "message": ...}}, HTTP 400), so the SDK throws
 * its modelled exceptions. In memory; no KMS, no rotation Lambdas, any credentials.
 */
public final class SecretsManagerEmulator implements AutoCloseable {

    static final List<String> OPERATIONS = List.of("CreateSecret", "GetSecretValue", "PutSecretValue", "DescribeSecret");
    private static final String TARGET_PREFIX = "secretsmanager.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    /** The region a request was signed for: {@code Credential=<key>/<date>/<region>/secretsmanager/aws4_request}. */
    private static final Pattern SIGNED_REGION = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/");
    private static final String ACCOUNT = "000000000000";

    private final ObjectMapper json = new ObjectMapper();
    private final SecretStore store = new SecretStore();
    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService executor;

    private SecretsManagerEmulator(int port, Clock clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(EmbeddedEmulators.HOST, port), 64);
        this.executor = Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().name("secretsmanager-", 0).factory());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Listening on 127.0.0.1:{@code port} (0: a free one) once this returns. */
    public static SecretsManagerEmulator start(int port, Clock clock) {
        try {
            SecretsManagerEmulator emulator = new SecretsManagerEmulator(port, clock);
            emulator.server.start();
            return emulator;
        } catch (IOException e) {
            throw new UncheckedIOException("the Secrets Manager stand-in could not listen on "
                    + EmbeddedEmulators.HOST + ":" + port, e);
        }
    }

    public URI endpoint() {
        return URI.create("http://" + EmbeddedEmulators.HOST + ":" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : "";
            ObjectNode response;
            int status = 200;
            try {
                if (!exchange.getRequestMethod().equals("POST") || !OPERATIONS.contains(operation)) {
                    throw new AwsError("UnknownOperationException", "The local Secrets Manager answers only "
                            + String.join(", ", OPERATIONS) + "; not " + (target == null ? "a request without X-Amz-Target" : target));
                }
                JsonNode request = body(exchange);
                String region = region(exchange.getRequestHeaders().getFirst("Authorization"));
                synchronized (store) {
                    response = answer(operation, request, region);
                }
            } catch (AwsError e) {
                status = 400;
                response = json.createObjectNode().put("__type", e.code()).put("message", e.getMessage());
                exchange.getResponseHeaders().set("x-amzn-ErrorType", e.code());
            }
            byte[] bytes = json.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private ObjectNode answer(String operation, JsonNode request, String region) {
        Instant now = clock.instant();
        return switch (operation) {
            case "CreateSecret" -> {
                Secret secret = store.create(region, ACCOUNT, text(request, "Name"), text(request, "Description"),
                        request.has("SecretString") || request.has("SecretBinary") ? value(request) : null,
                        text(request, "ClientRequestToken"), now);
                ObjectNode out = named(secret);
                secret.labelled(SecretStore.CURRENT).ifPresent(v -> out.put("VersionId", v.versionId()));
                yield out;
            }
            case "GetSecretValue" -> {
                Secret secret = store.find(text(request, "SecretId"));
                Version version = store.version(secret, text(request, "VersionId"), text(request, "VersionStage"));
                ObjectNode out = named(secret).put("VersionId", version.versionId());
                if (version.value().string() != null) {
                    out.put("SecretString", version.value().string());
                } else {
                    out.put("SecretBinary", version.value().binary());
                }
                stages(out.putArray("VersionStages"), version);
                yield out.put("CreatedDate", version.created().toEpochMilli() / 1000.0);
            }
            case "PutSecretValue" -> {
                Secret secret = store.find(text(request, "SecretId"));
                List<String> stages = new ArrayList<>();
                request.path("VersionStages").forEach(stage -> stages.add(stage.asText()));
                Version version = store.put(secret, value(request), text(request, "ClientRequestToken"), stages, now);
                ObjectNode out = named(secret).put("VersionId", version.versionId());
                stages(out.putArray("VersionStages"), version);
                yield out;
            }
            default -> {
                Secret secret = store.find(text(request, "SecretId"));
                ObjectNode out = named(secret).put("CreatedDate", secret.created().toEpochMilli() / 1000.0);
                if (secret.description() != null) {
                    out.put("Description", secret.description());
                }
                ObjectNode versions = out.putObject("VersionIdsToStages");
                store.versionStages(secret).forEach((id, labels) -> labels.forEach(versions.withArray(id)::add));
                yield out;
            }
        };
    }

    private ObjectNode named(Secret secret) {
        return json.createObjectNode().put("ARN", secret.arn()).put("Name", secret.name());
    }

    private static void stages(ArrayNode into, Version version) {
        version.stages().forEach(into::add);
    }

    private static Value value(JsonNode request) {
        return new Value(text(request, "SecretString"), text(request, "SecretBinary"));
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        try {
            JsonNode node = json.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw new AwsError("SerializationException", "The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new AwsError("SerializationException", "The request body is not valid JSON.");
        }
    }

    private static String region(String authorization) {
        Matcher matcher = authorization == null ? null : SIGNED_REGION.matcher(authorization);
        return matcher != null && matcher.find() ? matcher.group(1) : "us-east-1";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
