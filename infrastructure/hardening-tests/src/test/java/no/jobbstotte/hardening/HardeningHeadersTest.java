package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.jobbstotte.followupactions.ActionRequests;
import no.jobbstotte.hardening.Fixtures.Chain;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.events.HttpRoute;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.volunteersignup.RequestReader;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route answers with the headers a public API should send (nosniff, no-store, HSTS, CSP,
 * referrer policy), CORS only for the volunteer API and only for its configured origin, and a
 * 413 problem for a body over the route's limit.
 */
@Order(30)
class HardeningHeadersTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    static final String ALLOWED_ORIGIN = "https://jobbstotte.example";
    static final String OTHER_ORIGIN = "https://evil.example";
    /** API Gateway's own limit, which the local HTTP API applies before any function. */
    static final int GATEWAY_MAX_BYTES = 10 * 1024 * 1024;

    static final Set<String> VOLUNTEER_ROUTES = Set.of("POST /v1/volunteers", "GET /v1/volunteers/confirm",
            "POST /v1/volunteers/confirm", "POST /v1/volunteers/erasure-requests", "GET /v1/volunteers/erase",
            "POST /v1/volunteers/erase");
    /** Public too: the signed token in the digest's link is the only credential, and no page calls them cross-origin. */
    static final Set<String> ACTION_LINK_ROUTES = Set.of("GET /v1/followup-actions", "POST /v1/followup-actions");
    static final Set<String> AGREEMENT_ROUTES = Set.of("POST /v1/chains/{chainId}/agreements",
            "GET /v1/chains/{chainId}/agreements", "GET /v1/chains/{chainId}/agreements/{agreementId}");

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    private static String concrete(HttpRoute route, String chainId) {
        return route.path().replace("{chainId}", chainId).replace("{agreementId}", "a-1");
    }

    private static boolean isVolunteer(HttpRoute route) {
        return route.functionId().equals("VolunteerSignupFunction");
    }

    private static boolean isActionLink(HttpRoute route) {
        return route.functionId().equals("FollowUpActionsFunction");
    }

    @Test
    void routes_exactlyTheExpectedPublicAndSignedOnes() {
        Set<String> volunteer = new TreeSet<>();
        Set<String> actionLinks = new TreeSet<>();
        Set<String> agreements = new TreeSet<>();
        for (HttpRoute route : cloud().httpRoutes()) {
            (isVolunteer(route) ? volunteer : isActionLink(route) ? actionLinks : agreements).add(route.routeKey());
            assertThat(route.functionId()).isIn("VolunteerSignupFunction", "FollowUpActionsFunction", "AgreementsApiFunction");
            assertThat(route.cors().isPresent()).as(route.routeKey() + ": CORS only on the public volunteer API")
                    .isEqualTo(isVolunteer(route));
        }
        assertThat(volunteer).as("public routes (no authentication)").isEqualTo(new TreeSet<>(VOLUNTEER_ROUTES));
        assertThat(actionLinks).as("routes authorised by the signed link alone").isEqualTo(new TreeSet<>(ACTION_LINK_ROUTES));
        assertThat(agreements).as("signature-authenticated routes").isEqualTo(new TreeSet<>(AGREEMENT_ROUTES));
    }

    @Test
    void everyRoute_securityHeaders_andCorsOnlyForTheVolunteerOrigin() {
        Chain chain = Fixtures.registerChain(cloud());
        for (HttpRoute route : cloud().httpRoutes()) {
            String path = concrete(route, chain.chainId());
            for (String origin : List.of(ALLOWED_ORIGIN, OTHER_ORIGIN)) {
                for (boolean signed : List.of(false, true)) {
                    if (signed && (isVolunteer(route) || isActionLink(route))) {
                        continue;
                    }
                    HttpRequest.Builder request = Http.request(cloud(), path).header("Origin", origin)
                            .header("X-Forwarded-For", Http.randomIp());
                    byte[] body = route.method().equals("POST") ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
                    request.method(route.method(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
                    if (body.length > 0) {
                        request.header("Content-Type", "application/json");
                    }
                    if (signed) {
                        Http.signed(request, Http.newWebhookId(), Instant.now(), body, List.of(chain.secret()));
                    }
                    HttpResponse<String> response = Http.send(request);
                    String what = route.routeKey() + " origin " + origin + (signed ? " signed" : "") + " -> "
                            + response.statusCode();
                    assertSecurityHeaders(response, what);
                    String allowOrigin = response.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
                    if (isVolunteer(route) && origin.equals(ALLOWED_ORIGIN)) {
                        assertThat(allowOrigin).as(what).isEqualTo(ALLOWED_ORIGIN);
                    } else {
                        assertThat(allowOrigin).as(what).isNull();
                    }
                    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).as(what).isEmpty();
                }
            }
            preflight(route, path);
        }
    }

    private void preflight(HttpRoute route, String path) {
        for (String origin : List.of(ALLOWED_ORIGIN, OTHER_ORIGIN)) {
            HttpResponse<String> response = Http.send(Http.request(cloud(), path).header("Origin", origin)
                    .header("Access-Control-Request-Method", route.method())
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            String allowOrigin = response.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
            String what = "preflight " + route.routeKey() + " from " + origin;
            assertThat(response.statusCode()).as(what).isLessThan(500);
            if (isVolunteer(route) && origin.equals(ALLOWED_ORIGIN)) {
                assertThat(allowOrigin).as(what).isEqualTo(ALLOWED_ORIGIN);
                assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElse("")).as(what)
                        .contains(route.method()).doesNotContain("DELETE").doesNotContain("PUT");
            } else {
                assertThat(allowOrigin).as(what).isNull();
            }
        }
    }

    static void assertSecurityHeaders(HttpResponse<String> response, String what) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
        String hsts = response.headers().firstValue("Strict-Transport-Security").orElse("");
        assertThat(hsts).as(what).matches("max-age=(\\d+).*");
        assertThat(Long.parseLong(hsts.replaceAll("max-age=(\\d+).*", "$1"))).as(what).isGreaterThanOrEqualTo(31536000L);
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what).contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Server")).as(what + ": no server banner beyond the gateway's")
                .satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(s.get()).doesNotContainIgnoringCase("java"));
    }

    @Test
    void everyRoute_bodyOverItsLimit_413Problem() {
        Chain chain = Fixtures.registerChain(cloud());
        for (HttpRoute route : cloud().httpRoutes()) {
            int limit = !route.method().equals("POST") ? GATEWAY_MAX_BYTES
                    : isVolunteer(route) ? RequestReader.MAX_BODY_BYTES
                    : isActionLink(route) ? ActionRequests.MAX_BODY_BYTES
                    : no.jobbstotte.agreementsapi.RequestReader.MAX_BODY_BYTES;
            byte[] body = new byte[limit + 1];
            Arrays.fill(body, (byte) ' ');
            for (String contentType : (isVolunteer(route) || isActionLink(route)) && route.method().equals("POST")
                    ? List.of("application/json", "application/x-www-form-urlencoded") : List.of("application/json")) {
                HttpRequest.Builder request = Http.request(cloud(), concrete(route, chain.chainId()))
                        .header("Content-Type", contentType).header("X-Forwarded-For", Http.randomIp())
                        .method(route.method(), HttpRequest.BodyPublishers.ofByteArray(body));
                if (!isVolunteer(route) && !isActionLink(route)) {
                    Http.signed(request, Http.newWebhookId(), Instant.now(), body, List.of(chain.secret()));
                }
                HttpResponse<String> response = Http.send(request);
                String what = route.routeKey() + " " + contentType + " body of " + body.length + " bytes";
                assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(413);
                if (limit < GATEWAY_MAX_BYTES) {
                    Fixtures.checkAnswer(response, contentType.contains("form"), what);
                    assertSecurityHeaders(response, what);
                }
                SuiteStats.REFUSALS_VERIFIED.incrementAndGet();
            }
        }
    }
}
