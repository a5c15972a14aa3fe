package no.jobbstotte.localcloud.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.VolunteerSite;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.table.coordinators.Coordinator;
import no.jobbstotte.shared.table.coordinators.DynamoDbCoordinators;

/**
 * Invented volunteers sign up through the public form, confirm from the e-mailed link, and the
 * next morning's run sends the municipality's coordinator one notice.
 */
final class VolunteerDemo implements DemoStep {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final List<String[]> VOLUNTEERS = List.of(
            new String[] {"Demo Frivillig En", "frivillig1@demo.example", "0301"},
            new String[] {"Demo Frivillig To", "frivillig2@demo.example", "0301"},
            new String[] {"Demo Frivillig Tre", "frivillig3@demo.example", "4601"});

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public String title() {
        return "volunteer sign-ups: form post, double opt-in, coordinator notice";
    }

    @Override
    public Set<String> requiredFunctions() {
        return Set.of("VolunteerSignupFunction", "VolunteerDigestFunction");
    }

    @Override
    public void run(LocalCloud cloud, PrintStream out) {
        new DynamoDbCoordinators(cloud.dynamoDb(), cloud.tableName("CoordinatorsTable"))
                .save(new Coordinator("0301", "Demo Koordinator Oslo", "koordinator.oslo@demo.example"));
        for (String[] volunteer : VOLUNTEERS) {
            int before = cloud.mailbox().sent().size();
            HttpResponse<String> signup = postForm(cloud.httpApiUrl().resolve("/v1/volunteers"), "name=" + enc(volunteer[0])
                    + "&email=" + enc(volunteer[1]) + "&phone=" + enc("912 34 567") + "&municipalityNumber=" + volunteer[2]
                    + "&interests=social-evenings&interests=trips&availability=weekends&consent=frivillig-samtykke-v1");
            String token = tokenFrom(cloud.mailbox().sent().subList(before, cloud.mailbox().sent().size()));
            HttpResponse<String> confirm = postForm(cloud.httpApiUrl().resolve("/v1/volunteers/confirm"), "token=" + token);
            out.printf("   sign-up %s: form post → %d, confirmation link e-mailed, confirmed → %d%n",
                    volunteer[2], signup.statusCode(), confirm.statusCode());
        }
        out.printf("   sign-up page: %s (the same form, with search and inline errors, in a browser)%n", VolunteerSite.url(cloud));
        Instant tomorrowMorning = WorkingDays.osloDate(Instant.now()).plusDays(1).atTime(LocalTime.of(8, 0))
                .atZone(WorkingDays.OSLO).toInstant();
        Object summary = cloud.schedules().fireAt("VolunteerDigestFunction", tomorrowMorning).response();
        out.printf("   coordinator notices for today's volunteers (Oslo's coordinator, and the national contact for 4601): %s%n", summary);
    }

    private HttpResponse<String> postForm(URI uri, String form) {
        try {
            return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("volunteer API unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tokenFrom(List<SentEmail> mails) {
        for (SentEmail mail : mails) {
            Matcher matcher = TOKEN.matcher(mail.text() == null ? "" : mail.text());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("no confirmation link was e-mailed");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
