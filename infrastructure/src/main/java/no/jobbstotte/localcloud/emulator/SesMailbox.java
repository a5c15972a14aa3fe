package no.jobbstotte.localcloud.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The mail the SES v2 emulator (aws-ses-v2-local) has accepted, read through its /store endpoint. */
public final class SesMailbox {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper mapper = new ObjectMapper();

    public SesMailbox(URI sesEndpoint) {
        this.endpoint = sesEndpoint;
    }

    /** Every mail sent since start or the last clear(), oldest first. */
    public List<SentEmail> sent() {
        // The whole store in one answer: thousands of mails with attachments (a benchmark's day of
        // digests) take the emulator longer than a call's usual timeout to serialise.
        JsonNode store = readJson(send(HttpRequest.newBuilder(endpoint.resolve("/store")).GET().timeout(STORE_TIMEOUT)));
        List<SentEmail> mails = new ArrayList<>();
        for (JsonNode email : store.path("emails")) {
            JsonNode destination = email.path("destination");
            mails.add(new SentEmail(
                    email.path("messageId").asText(),
                    email.path("from").asText(),
                    strings(destination.path("to")),
                    strings(destination.path("cc")),
                    strings(destination.path("bcc")),
                    email.path("subject").asText(),
                    textOrNull(email.path("body").path("text")),
                    textOrNull(email.path("body").path("html")),
                    Instant.ofEpochSecond(email.path("at").asLong()),
                    attachments(email.path("attachments"))));
        }
        return mails;
    }

    private static List<SentEmail.Attachment> attachments(JsonNode attachments) {
        List<SentEmail.Attachment> out = new ArrayList<>();
        for (JsonNode attachment : attachments) {
            out.add(new SentEmail.Attachment(attachment.path("filename").asText(),
                    attachment.path("contentType").asText(),
                    Base64.getDecoder().decode(attachment.path("content").asText(""))));
        }
        return out;
    }

    /** Forgets all sent mail (and the emulator's templates). */
    public void clear() {
        send(HttpRequest.newBuilder(endpoint.resolve("/clear-store")).POST(HttpRequest.BodyPublishers.noBody()).timeout(TIMEOUT));
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SES emulator answered " + response.statusCode() + " to "
                        + response.request().uri() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("SES emulator at " + endpoint + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the SES emulator", e);
        }
    }

    private JsonNode readJson(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("SES emulator's /store is not JSON: " + body, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
