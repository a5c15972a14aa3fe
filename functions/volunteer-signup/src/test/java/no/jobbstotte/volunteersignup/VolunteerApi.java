package no.jobbstotte.volunteersignup;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Test client of the volunteer API on the local cloud, plus views of its tables and mailbox. */
final class VolunteerApi {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/v1/volunteers/(confirm|erase)\\?token=([A-Za-z0-9_-]{43})");

    private final LocalCloud cloud;
    private final HttpClient http = HttpClient.newHttpClient();

    VolunteerApi(LocalCloud cloud) {
        this.cloud = cloud;
    }

    /** A valid sign-up with a fresh address, so tests never share data. */
    static ObjectNode signup() {
        ObjectNode body = MAPPER.createObjectNode()
                .put("name", "Kari Nordmann")
                .put("email", "kari-" + UUID.randomUUID() + "@example.no")
                .put("phone", "+47 912 34 567")
                .put("municipalityNumber", "0301")
                .put("message", "Har helseplager jeg vil fortelle om.")
                .put("consent", "frivillig-samtykke-v1");
        body.putArray("interests").add("trips").add("social-evenings");
        body.putArray("availability").add("weekends");
        return body;
    }

    /** A random client address per request unless a test pins one: rate limits count per IP. */
    static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return post(path, contentType, body, randomIp(), null);
    }

    HttpResponse<String> post(String path, String contentType, String body, String ip, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(cloud.httpApiUrl().resolve(path))
                .header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    HttpResponse<String> postJson(String path, Object body) {
        try {
            return post(path, JSON, MAPPER.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        return send(HttpRequest.newBuilder(cloud.httpApiUrl().resolve(pathAndQuery)).header("Accept", accept).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the n-th mail to an address and returns all mails to it. */
    List<SentEmail> mailsTo(String address, int atLeast) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> cloud.mailbox().sent().stream()
                .filter(m -> m.to().contains(address)).toList(), mails -> mails.size() >= atLeast);
    }

    /** The token of the link in a mail, as a person would click it. */
    static String token(SentEmail mail, String route) {
        Matcher matcher = LINK.matcher(mail.text());
        while (matcher.find()) {
            if (matcher.group(1).equals(route)) {
                return matcher.group(2);
            }
        }
        throw new AssertionError("no " + route + " link in mail " + mail.subject());
    }

    /** Signs up with the body; returns the token of the confirmation link mailed for it. */
    String signUp(ObjectNode body) {
        postJson("/v1/volunteers", body);
        return token(mailsTo(body.get("email").asText(), 1).get(0), "confirm");
    }

    /** Signs up with the body, clicks the confirmation link; returns the confirmation response. */
    HttpResponse<String> signUpAndConfirm(ObjectNode body) {
        return postJson("/v1/volunteers/confirm", Map.of("token", signUp(body)));
    }

    List<Map<String, AttributeValue>> items(String pkPrefix) {
        return cloud.dynamoDb().scanPaginator(r -> r.tableName(cloud.tableName("VolunteersTable"))).items().stream()
                .filter(i -> i.get("pk").s().startsWith(pkPrefix)).toList();
    }

    /** Every item of VolunteerCountsTable: one per counted confirmation. */
    List<Map<String, AttributeValue>> counts() {
        return cloud.dynamoDb().scan(r -> r.tableName(cloud.tableName("VolunteerCountsTable")).consistentRead(true)).items();
    }

    void update(String pk, String expression, Map<String, AttributeValue> values) {
        cloud.dynamoDb().updateItem(r -> r.tableName(cloud.tableName("VolunteersTable"))
                .key(Map.of("pk", AttributeValue.fromS(pk))).updateExpression(expression).expressionAttributeValues(values));
    }
}
