package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;

/** A volunteer's sign-up and the click on the confirmation link, each one HTTP request. */
final class VolunteerCosts {

    private static final Set<String> FUNCTION = Set.of("VolunteerSignupFunction");
    private static final Pattern CONFIRM_LINK = Pattern.compile("/v1/volunteers/confirm\\?token=([A-Za-z0-9_-]{43})");

    private final CallMeter meter;
    private final LocalCloud cloud;

    VolunteerCosts(CallMeter meter) {
        this.meter = meter;
        this.cloud = meter.cloud();
    }

    List<UnitCost> measure() {
        meter.fresh();
        String signup = Fixtures.signup("Kari Nordmann", "kari.nordmann.frivillig@example.no", "938 47 261").toString();
        UnitCost signUp = meter.measure("volunteer-sign-up", "Volunteer sign-up (a new address; the confirmation mail)",
                1, FUNCTION, () -> assertThat(post("/v1/volunteers", signup).statusCode()).isEqualTo(202));
        List<SentEmail> sent = cloud.mailbox().sent();
        assertThat(sent).hasSize(1);
        Matcher link = CONFIRM_LINK.matcher(sent.get(0).text());
        assertThat(link.find()).as("confirmation link in the mail").isTrue();
        String token = "{\"token\":\"" + link.group(1) + "\"}";
        UnitCost confirm = meter.measure("volunteer-confirm", "Volunteer confirmation (the link's button)", 1, FUNCTION,
                () -> {
                    HttpResponse<String> confirmed = post("/v1/volunteers/confirm", token);
                    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
                });
        return List.of(signUp, confirm);
    }

    private HttpResponse<String> post(String path, String json) {
        return Http.send(Http.request(cloud, path).header("Content-Type", "application/json")
                .header("X-Forwarded-For", Http.randomIp()).POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
