package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.jobbstotte.hardening.Fixtures.Chain;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeded fuzzing of every HTTP route through the local HTTP API: for the agreements API both
 * unsigned and correctly signed requests (fuzzed bodies, path ids, query strings, headers), so
 * fuzzing reaches past authentication; for the volunteer API JSON, form and raw bodies, and
 * fuzzed tokens. Every answer must keep the contract in {@link Fixtures#checkAnswer}.
 */
@Order(10)
class HardeningHttpFuzzTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final long SEED = 20261125L;
    private static final int AGREEMENT_CASES = 180;
    private static final int VOLUNTEER_CASES = 160;

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void agreementsApi_fuzzedRequests_signedAndUnsigned_neverA5xx() {
        Chain chain = Fixtures.registerChain(cloud());
        SplittableRandom seeds = new SplittableRandom(Long.getLong("jobbstotte.seed", SEED));
        int tried = 0;
        for (int i = 0; i < AGREEMENT_CASES; i++) {
            long seed = seeds.nextLong();
            Fuzz fuzz = new Fuzz(new SplittableRandom(seed));
            int kind = fuzz.nextInt(8);
            String what = "agreements case " + i + " kind " + kind + " (seed " + seed + "L)";
            HttpResponse<String> response = agreementCase(fuzz, kind, chain);
            Fixtures.checkAnswer(response, false, what);
            if (kind == 5 || kind == 6) {
                assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(401);
                SuiteStats.REFUSALS_VERIFIED.incrementAndGet();
            }
            tried++;
        }
        SuiteStats.HTTP_FUZZ_CASES.addAndGet(tried);
        SuiteStats.FUZZ_CASES.addAndGet(tried);
    }

    private HttpResponse<String> agreementCase(Fuzz fuzz, int kind, Chain chain) {
        String base = "/v1/chains/" + chain.chainId() + "/agreements";
        List<no.jobbstotte.agreementsapi.webhook.WebhookSecret> key = List.of(chain.secret());
        return switch (kind) {
            case 0 -> { // signed POST, any JSON tree keyed like a batch or an agreement
                List<String> names = new ArrayList<>(Fixtures.AGREEMENT_FIELDS);
                names.add("items");
                byte[] body = fuzz.json(names, 4).toString().getBytes(StandardCharsets.UTF_8);
                yield signedPost(base, body, "application/json", key);
            }
            case 1 -> { // signed POST, valid items with faults
                List<JsonNode> items = new ArrayList<>();
                for (int n = 1 + fuzz.nextInt(5); n > 0; n--) {
                    ObjectNode item = Fixtures.agreement("fz-" + fuzz.nextInt(1000), 1 + fuzz.nextInt(3));
                    items.add(fuzz.chance(70) ? fuzz.mutate(item, Fixtures.AGREEMENT_FIELDS) : item);
                }
                yield signedPost(base, Fixtures.batch(items).getBytes(StandardCharsets.UTF_8),
                        fuzz.pick(List.of("application/json", "application/json; charset=utf-8")), key);
            }
            case 2 -> signedPost(base, fuzz.chance(50) ? fuzz.bytes(400) : fuzz.string().getBytes(StandardCharsets.UTF_8),
                    fuzz.pick(List.of("application/json", "text/plain", "application/octet-stream",
                            "application/json; charset=latin1", "application/x-www-form-urlencoded")), key);
            case 3 -> signedGet(base + "/" + Http.encode(nonEmpty(fuzz.string())), key);
            case 4 -> {
                StringBuilder query = new StringBuilder("?");
                for (String name : List.of("updatedSince", "limit", "cursor", fuzz.ascii(6))) {
                    if (fuzz.chance(60)) {
                        query.append(Http.encode(name)).append('=').append(Http.encode(fuzz.string())).append('&');
                    }
                }
                yield signedGet(base + query, key);
            }
            case 5 -> { // unsigned or garbage-signed, any route
                HttpRequest.Builder request = Http.request(cloud(), fuzz.chance(50) ? base : base + "/a-1");
                for (String header : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
                    if (fuzz.chance(60)) {
                        request.header(header, nonEmpty(fuzz.ascii(80)));
                    }
                }
                if (fuzz.chance(50)) {
                    request.header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Fixtures.batch(List.of(Fixtures.agreement("a-1", 1)))));
                    request.uri(java.net.URI.create(cloud().httpApiUrl() + base));
                } else {
                    request.GET();
                }
                yield Http.send(request);
            }
            case 6 -> { // correctly signed with our secret, for a fuzzed (other) chain id in the path
                String other = "/v1/chains/" + Http.encode(nonEmpty(fuzz.string())) + "/agreements";
                yield fuzz.chance(50) ? signedGet(other, key)
                        : signedPost(other, Fixtures.batch(List.of(Fixtures.agreement("a-1", 1))).getBytes(StandardCharsets.UTF_8),
                                "application/json", key);
            }
            default -> { // signed POST of a valid batch with fuzzed Idempotency-Key
                byte[] body = Fixtures.batch(List.of(Fixtures.agreement("idem-" + fuzz.nextInt(5), 1)))
                        .getBytes(StandardCharsets.UTF_8);
                HttpRequest.Builder request = Http.request(cloud(), base).header("Content-Type", "application/json")
                        .header("Idempotency-Key", nonEmpty(fuzz.ascii(fuzz.chance(20) ? 200 : 20)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                yield Http.send(Http.signed(request, Http.newWebhookId(), Instant.now(), body, key));
            }
        };
    }

    private static String nonEmpty(String value) {
        return value.isEmpty() ? "x" : value;
    }

    private HttpResponse<String> signedPost(String path, byte[] body, String contentType,
            List<no.jobbstotte.agreementsapi.webhook.WebhookSecret> key) {
        HttpRequest.Builder request = Http.request(cloud(), path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return Http.send(Http.signed(request, Http.newWebhookId(), Instant.now(), body, key));
    }

    private HttpResponse<String> signedGet(String path, List<no.jobbstotte.agreementsapi.webhook.WebhookSecret> key) {
        return Http.send(Http.signed(Http.request(cloud(), path).GET(), Http.newWebhookId(), Instant.now(), new byte[0], key));
    }

    /**
     * The list cursor is opaque but not signed: a chain can forge one for its own partition. Whatever
     * it holds, the answer is a 4xx problem (or a page), never a 5xx from DynamoDB refusing the key.
     */
    @Test
    void agreementsApi_forgedCursorsForOwnChain_neverA5xx() {
        Chain chain = Fixtures.registerChain(cloud());
        String base = "/v1/chains/" + chain.chainId() + "/agreements";
        byte[] push = Fixtures.batch(List.of(Fixtures.agreement("c-1", 1), Fixtures.agreement("c-2", 1)))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(signedPost(base, push, "application/json", List.of(chain.secret())).statusCode()).isEqualTo(202);
        SplittableRandom seeds = new SplittableRandom(Long.getLong("jobbstotte.seed", SEED) + 2);
        List<String> updatedKeys = List.of("", " ", "0", "1970-01-01T00:00:00.000000000Z#c-1", "9999#c-1", "\u0000",
                "2026-01-01T00:00:00Z#c-1", "zzzz");
        int tried = 0;
        for (int i = 0; i < 40; i++) {
            long seed = seeds.nextLong();
            Fuzz fuzz = new Fuzz(new SplittableRandom(seed));
            String sk = fuzz.pick(List.of("AGREEMENT#", "AGREEMENT#c-1", "AGREEMENT#" + fuzz.string(), "AGREEMENT#c-9"));
            String updatedKey = fuzz.chance(60) ? fuzz.pick(updatedKeys) : fuzz.string();
            String raw = chain.chainId() + "\n" + sk + "\n" + updatedKey;
            String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            String query = "?cursor=" + cursor + (fuzz.chance(50) ? "&updatedSince=" + Http.encode(
                    fuzz.pick(List.of("2026-01-01T00:00:00Z", "2099-01-01T00:00:00Z", "1970-01-01T00:00:00Z"))) : "")
                    + (fuzz.chance(30) ? "&limit=1" : "");
            HttpResponse<String> response = signedGet(base + query, List.of(chain.secret()));
            Fixtures.checkAnswer(response, false, "forged cursor " + i + " (seed " + seed + "L): " + raw.replace("\n", "|"));
            tried++;
        }
        SuiteStats.HTTP_FUZZ_CASES.addAndGet(tried);
        SuiteStats.FUZZ_CASES.addAndGet(tried);
    }

    /** Parser limits: deep nesting, huge numbers and long names, within each route's size limit. */
    @Test
    void bothApis_pathologicalJson_4xxNotA5xx() {
        Chain chain = Fixtures.registerChain(cloud());
        List<String> bodies = List.of("[".repeat(5000) + "]".repeat(5000),
                "{\"items\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
                "{\"a\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2001),
                "{\"items\":[{\"version\":" + "9".repeat(5000) + "}]}",
                "{\"name\":1e999999999,\"email\":-0.0e-99999}",
                "{\"" + "k".repeat(12000) + "\":1}",
                "{\"items\":[" + "{},".repeat(3000) + "{}]}",
                "\uFEFF{\"items\":[]}", "{\"items\":[]}garbage", "{\"items\":[]", "\"\\ud800\"");
        int tried = 0;
        for (String body : bodies) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Fixtures.checkAnswer(signedPost("/v1/chains/" + chain.chainId() + "/agreements", bytes, "application/json",
                    List.of(chain.secret())), false, "agreements: " + body.substring(0, Math.min(40, body.length())));
            for (String path : List.of("/v1/volunteers", "/v1/volunteers/confirm", "/v1/volunteers/erasure-requests")) {
                Fixtures.checkAnswer(Http.send(Http.request(cloud(), path).header("Content-Type", "application/json")
                        .header("X-Forwarded-For", Http.randomIp()).POST(HttpRequest.BodyPublishers.ofByteArray(bytes))),
                        false, path + ": " + body.substring(0, Math.min(40, body.length())));
            }
            tried += 4;
        }
        SuiteStats.HTTP_FUZZ_CASES.addAndGet(tried);
        SuiteStats.FUZZ_CASES.addAndGet(tried);
    }

    /** Raw, malformed percent-encoding in the query or path (which java.net.URI cannot even build): answered, never a 5xx or a dropped connection. */
    @Test
    void malformedPercentEncoding_isAnsweredNotDropped() throws Exception {
        List<String> dropped = new ArrayList<>();
        for (String pathAndQuery : List.of("/v1/volunteers/confirm?token=%zz", "/v1/volunteers/confirm?token=%",
                "/v1/volunteers/erase?%E0%A4%A=1", "/v1/chains/%zz/agreements")) {
            String status = rawGet(pathAndQuery);
            if (status.isEmpty()) {
                dropped.add(pathAndQuery);
            } else {
                System.out.println("malformed percent-encoding " + pathAndQuery + " -> " + status);
                assertThat(status).as(pathAndQuery).matches("HTTP/1\\.1 [234]\\d\\d.*");
            }
        }
        assertThat(dropped).as("connections closed without an answer").isEmpty();
        SuiteStats.HTTP_FUZZ_CASES.addAndGet(4);
        SuiteStats.FUZZ_CASES.addAndGet(4);
    }

    /** The status line for a request java.net.URI would refuse to build; empty if the server closes without one. */
    private String rawGet(String pathAndQuery) throws java.io.IOException {
        java.net.URI base = cloud().httpApiUrl();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = in.readLine();
            return line == null ? "" : line;
        } catch (java.net.SocketException e) {
            return "";
        }
    }

    /** Input echoed into the volunteer HTML pages is escaped (no reflected markup). */
    @Test
    void volunteerHtml_reflectsNoMarkup() {
        String payload = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        for (String path : List.of("/v1/volunteers/confirm", "/v1/volunteers/erase")) {
            HttpResponse<String> page = Http.send(Http.request(cloud(), path + "?token=" + Http.encode(payload))
                    .header("Accept", "text/html").GET());
            Fixtures.checkAnswer(page, true, path);
            assertThat(page.body()).doesNotContain("<script>").doesNotContain("<img");
        }
        HttpResponse<String> form = Http.send(Http.request(cloud(), "/v1/volunteers")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", Http.randomIp())
                .POST(HttpRequest.BodyPublishers.ofString("name=" + Http.encode(payload) + "&email=" + Http.encode(payload))));
        Fixtures.checkAnswer(form, true, "form post");
        assertThat(form.body()).doesNotContain("<script>").doesNotContain("<img");
        SuiteStats.REFUSALS_VERIFIED.addAndGet(3);
    }

    @Test
    void volunteerApi_fuzzedRequests_neverA5xx() {
        SplittableRandom seeds = new SplittableRandom(Long.getLong("jobbstotte.seed", SEED) + 1);
        List<String> posts = List.of("/v1/volunteers", "/v1/volunteers/erasure-requests", "/v1/volunteers/confirm",
                "/v1/volunteers/erase");
        int tried = 0;
        for (int i = 0; i < VOLUNTEER_CASES; i++) {
            long seed = seeds.nextLong();
            Fuzz fuzz = new Fuzz(new SplittableRandom(seed));
            int kind = fuzz.nextInt(6);
            String what = "volunteer case " + i + " kind " + kind + " (seed " + seed + "L)";
            String accept = fuzz.pick(List.of("application/json", "text/html", "*/*", "text/html,application/xhtml+xml"));
            HttpResponse<String> response;
            if (kind == 5) {
                String path = fuzz.pick(List.of("/v1/volunteers/confirm", "/v1/volunteers/erase"));
                String query = fuzz.chance(80) ? "?token=" + Http.encode(fuzz.string()) : "";
                response = Http.send(Http.request(cloud(), path + query).header("Accept", accept)
                        .header("X-Forwarded-For", Http.randomIp()).GET());
            } else {
                String path = fuzz.pick(posts);
                String contentType;
                byte[] body;
                switch (kind) {
                    case 0 -> {
                        contentType = "application/json";
                        body = fuzz.json(Fixtures.SIGNUP_FIELDS, 3).toString().getBytes(StandardCharsets.UTF_8);
                    }
                    case 1 -> {
                        contentType = fuzz.pick(List.of("application/json", "application/json; charset=utf-8"));
                        ObjectNode valid = Fixtures.signup("Fuzz Testesen", "fuzz-" + fuzz.nextInt(1_000_000) + "@example.no",
                                "+47 912 34 567");
                        body = fuzz.mutate(valid, Fixtures.SIGNUP_FIELDS).toString().getBytes(StandardCharsets.UTF_8);
                    }
                    case 2 -> {
                        contentType = "application/x-www-form-urlencoded";
                        StringBuilder form = new StringBuilder();
                        for (int n = fuzz.nextInt(8); n > 0; n--) {
                            String name = fuzz.chance(70) ? fuzz.pick(Fixtures.SIGNUP_FIELDS) : fuzz.string();
                            String value = fuzz.string();
                            form.append(fuzz.chance(80) ? Http.encode(name) : name).append('=')
                                    .append(fuzz.chance(80) ? Http.encode(value) : value).append('&');
                        }
                        body = form.toString().getBytes(StandardCharsets.UTF_8);
                    }
                    case 3 -> {
                        contentType = fuzz.pick(List.of("text/plain", "application/xml", "application/json; charset=latin1",
                                "multipart/form-data; boundary=x", "application/octet-stream"));
                        body = fuzz.chance(50) ? fuzz.bytes(300) : fuzz.string().getBytes(StandardCharsets.UTF_8);
                    }
                    default -> {
                        contentType = fuzz.pick(List.of("application/json", "application/x-www-form-urlencoded"));
                        body = fuzz.bytes(600);
                    }
                }
                response = Http.send(Http.request(cloud(), path).header("Content-Type", contentType)
                        .header("Accept", accept).header("X-Forwarded-For", Http.randomIp())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
            }
            Fixtures.checkAnswer(response, true, what);
            tried++;
        }
        SuiteStats.HTTP_FUZZ_CASES.addAndGet(tried);
        SuiteStats.FUZZ_CASES.addAndGet(tried);
    }
}
