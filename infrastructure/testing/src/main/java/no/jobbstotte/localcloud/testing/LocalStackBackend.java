package no.jobbstotte.localcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.jobbstotte.localcloud.backend.CloudBackend;
import no.jobbstotte.localcloud.backend.Mailbox;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;
import no.jobbstotte.localcloud.emulator.SentEmail;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack in Docker through Testcontainers: the same integration tests against a fuller AWS
 * emulation. The image tag is pinned; {@code latest} needs an auth token.
 */
public final class LocalStackBackend implements CloudBackend {

    public static final String IMAGE = "localstack/localstack:4.9.2";

    private final LocalStackContainer container;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private LocalStackBackend(LocalStackContainer container) {
        this.container = container;
        this.endpoint = container.getEndpoint();
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    public static LocalStackBackend start() {
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(IMAGE))
                .withServices("sqs", "dynamodb", "s3", "ses", "secretsmanager");
        container.start();
        return new LocalStackBackend(container);
    }

    @Override
    public String name() {
        return "LocalStack " + IMAGE;
    }

    @Override
    public EmulatorEndpoints endpoints() {
        return new EmulatorEndpoints(endpoint, endpoint, endpoint, endpoint, endpoint);
    }

    /** LocalStack keeps sent mail at {@code /_aws/ses}. */
    @Override
    public Mailbox mailbox() {
        return new Mailbox() {
            @Override
            public List<SentEmail> sent() {
                JsonNode body = call(HttpRequest.newBuilder(endpoint.resolve("/_aws/ses")).GET().build());
                List<SentEmail> mails = new ArrayList<>();
                for (JsonNode message : body.path("messages")) {
                    JsonNode destination = message.path("Destination");
                    mails.add(new SentEmail(message.path("Id").asText(), message.path("Source").asText(),
                            strings(destination.path("ToAddresses")), strings(destination.path("CcAddresses")),
                            strings(destination.path("BccAddresses")), message.path("Subject").asText(null),
                            message.path("Body").path("text_part").asText(null),
                            message.path("Body").path("html_part").asText(null),
                            message.hasNonNull("Timestamp") ? Instant.parse(message.get("Timestamp").asText() + "Z")
                                    : null));
                }
                return mails;
            }

            @Override
            public void clear() {
                call(HttpRequest.newBuilder(endpoint.resolve("/_aws/ses")).DELETE().build());
            }
        };
    }

    private JsonNode call(HttpRequest request) {
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("LocalStack SES mailbox unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Override
    public void close() {
        container.stop();
    }
}
