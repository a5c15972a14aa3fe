package no.jobbstotte.volunteersignup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.runtime.LambdaEnvironment;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.volunteersignup.admin.VolunteerAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class VolunteerAdminTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private VolunteerApi api;
    private VolunteerAdmin admin;

    @BeforeEach
    void setUp() {
        api = new VolunteerApi(CLOUD.cloud());
        Map<String, String> env = new HashMap<>(CLOUD.cloud().functionEnvironment("VolunteerSignupFunction"));
        env.put("COORDINATORS_TABLE", CLOUD.cloud().tableName("CoordinatorsTable"));
        // An operator runs the admin commands with their own credentials, not as the function's role.
        env.putAll(LambdaEnvironment.client(LocalCloud.REGION, CLOUD.cloud().endpoints()));
        admin = new VolunteerAdmin(RuntimeConfig.of(env), ClockModule.clock(), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @Test
    void policeCertificateShown_confirmedVolunteer_recordsOnlyTheDate() {
        ObjectNode body = VolunteerApi.signup();
        api.signUpAndConfirm(body);
        Map<String, AttributeValue> before = api.items("VOLUNTEER#").get(0);
        String id = before.get("volunteerId").s();

        int exit = admin.run(new String[] {"police-certificate-shown", id, "2026-01-05"});

        assertThat(exit).isZero();
        Map<String, AttributeValue> after = api.items("VOLUNTEER#").get(0);
        assertThat(after.get("policeCertificateShownOn").s()).isEqualTo("2026-01-05");
        java.util.Set<String> expected = new java.util.HashSet<>(before.keySet());
        expected.add("policeCertificateShownOn");
        assertThat(after.keySet()).as("only the date is added, no document").isEqualTo(expected);
    }

    @Test
    void policeCertificateShown_unknownVolunteerOrBadDate_isRefused() {
        assertThat(admin.run(new String[] {"police-certificate-shown", "no-such-id", "2026-01-05"})).isEqualTo(1);
        assertThat(admin.run(new String[] {"police-certificate-shown", "x", "05.01.2026"})).isEqualTo(2);
        assertThat(admin.run(new String[] {"police-certificate-shown", "x", LocalDate.now().plusDays(2).toString()})).isEqualTo(2);
        assertThat(admin.run(new String[] {"nonsense"})).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void coordinator_savesToCoordinatorsTable_andRejectsUnknownMunicipality() {
        assertThat(admin.run(new String[] {"coordinator", "4601", "Berit Koordinator", "berit@bergen.kommune.no"})).isZero();
        Map<String, AttributeValue> item = CLOUD.cloud().dynamoDb().getItem(r -> r.tableName(CLOUD.cloud().tableName("CoordinatorsTable"))
                .key(Map.of("municipalityNumber", AttributeValue.fromS("4601")))).item();
        assertThat(item.get("email").s()).isEqualTo("berit@bergen.kommune.no");
        assertThat(admin.run(new String[] {"coordinator", "0000", "X", "x@example.no"})).isEqualTo(2);
    }
}
