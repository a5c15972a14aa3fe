package no.jobbstotte.hardening;

import static no.jobbstotte.localcloud.testing.FaultProxy.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.FaultProxies;
import no.jobbstotte.localcloud.testing.FaultProxy;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Volunteer sign-up while SES fails: the caller learns of it, and a retry ends with one volunteer and one mail. */
@Order(73)
class FaultVolunteerSignupTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.withFaultProxies();

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void confirmationMailFails_callerGets5xx_andTheRetrySucceedsWithOneVolunteerAndOneMail() {
        String email = "frivillig-" + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
        ObjectNode body = Fixtures.signup("Kari Nordmann", email, "+4791234567");
        FaultProxy ses = CLOUD.faults().ses();
        // More failures than the SDK's own retries: the send fails for good this time.
        var outage = ses.failNext(4, FaultProxies.SES_SEND_EMAIL.and(bodyContains(email)), 500, "InternalFailure");

        HttpResponse<String> failed = signUp(body);
        HttpResponse<String> retried = signUp(body);

        List<SentEmail> mails = cloud().mailbox().sent().stream().filter(m -> m.to().contains(email)).toList();
        List<Map<String, AttributeValue>> volunteers = items("VOLUNTEER#");
        FaultSupport.count(2, mails.size() + volunteers.size(), Math.max(0, mails.size() - 1) + Math.max(0,
                volunteers.size() - 1), mails.isEmpty() ? 1 : 0, ses.injected());

        assertThat(outage.spent()).isTrue();
        assertThat(failed.statusCode()).as("the caller must not be told it worked: %s", failed.body()).isEqualTo(503);
        assertThat(failed.headers().firstValue("Retry-After")).isPresent();
        assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
        assertThat(mails).as("one confirmation mail, from the retry").hasSize(1);
        assertThat(mails.get(0).subject()).contains("Bekreft");
        assertThat(volunteers).as("one pending volunteer").singleElement()
                .satisfies(v -> assertThat(v.get("status").s()).isEqualTo("PENDING"));
        assertThat(items("EMAIL#")).hasSize(1);
    }

    private HttpResponse<String> signUp(ObjectNode body) {
        return Http.send(Http.request(cloud(), "/v1/volunteers")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", Http.randomIp())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private List<Map<String, AttributeValue>> items(String prefix) {
        return cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("VolunteersTable")).consistentRead(true))
                .items().stream().filter(i -> i.get("pk").s().startsWith(prefix)).toList();
    }
}
