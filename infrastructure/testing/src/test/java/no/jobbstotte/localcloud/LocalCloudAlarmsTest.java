package no.jobbstotte.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.jobbstotte.localcloud.alarms.AlarmStatus;
import no.jobbstotte.localcloud.alarms.AlarmStatus.State;
import no.jobbstotte.localcloud.testfunctions.FailingRecordsHandler;
import no.jobbstotte.localcloud.testfunctions.TestStack;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test template's alarms, evaluated on the running local cloud. */
class LocalCloudAlarmsTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate(TestStack.template());

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void alarms_afterReset_areAllOk() {
        assertThat(CLOUD.cloud().alarms()).isNotEmpty().allSatisfy(alarm ->
                assertThat(alarm.state()).as(alarm.name() + " " + alarm.note()).isEqualTo(State.OK));
    }

    @Test
    void messageInTheDeadLetterQueue_turnsItsAlarmToAlarm() {
        CLOUD.cloud().sqs().sendMessage(r -> r.queueUrl(CLOUD.cloud().queueUrl("WorkDeadLetterQueue")).messageBody("dead"));

        Map<String, AlarmStatus> alarms = alarms();

        assertThat(alarms.get("WorkDeadLetterQueueAlarm").state()).isEqualTo(State.ALARM);
        assertThat(alarms.get("WorkDeadLetterQueueAlarm").observed()).hasValue(1.0);
        assertThat(othersThan(alarms, "WorkDeadLetterQueueAlarm")).containsOnly(State.OK);
    }

    @Test
    void failingInvocation_turnsTheFunctionsErrorsAndTheApis5xxAlarmsToAlarm() throws Exception {
        assertThat(post("/public/boom")).isEqualTo(500);

        Map<String, AlarmStatus> alarms = alarms();

        assertThat(alarms.get("EchoFunctionErrorsAlarm").state()).isEqualTo(State.ALARM);
        assertThat(alarms.get("EchoFunctionErrorsAlarm").observed()).hasValue(1.0);
        assertThat(alarms.get("PublicApiServerErrorAlarm").state()).isEqualTo(State.ALARM);
        assertThat(othersThan(alarms, "EchoFunctionErrorsAlarm", "PublicApiServerErrorAlarm")).containsOnly(State.OK);
    }

    @Test
    void fiveHundredAnswerWithoutFunctionError_turnsOnlyThe5xxAlarmToAlarm_atItsRate() throws Exception {
        assertThat(post("/public/unavailable")).isEqualTo(503);
        for (int i = 0; i < 3; i++) {
            assertThat(post("/public/fine")).isEqualTo(201);
        }

        Map<String, AlarmStatus> alarms = alarms();

        assertThat(alarms.get("PublicApiServerErrorAlarm").state()).isEqualTo(State.ALARM);
        assertThat(alarms.get("PublicApiServerErrorAlarm").observed()).hasValue(25.0);
        assertThat(othersThan(alarms, "PublicApiServerErrorAlarm")).containsOnly(State.OK);
    }

    @Test
    void routesOfTheImplicitApi_doNotCountForAnotherApisAlarm() throws Exception {
        assertThat(client.send(HttpRequest.newBuilder(uri("/echo/x")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(201);

        assertThat(alarms().get("PublicApiServerErrorAlarm").observed()).hasValue(0.0);
    }

    @Test
    void messageTheConsumerHasNotFinished_agesUntilItIsDone() {
        FailingRecordsHandler.HOLD.drainPermits();
        CLOUD.cloud().sqs().sendMessage(r -> r.queueUrl(CLOUD.cloud().queueUrl("WorkQueue"))
                .messageBody("hold-" + UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(4)).until(() -> alarms().get("WorkQueueAgeAlarm").state() == State.ALARM);
        FailingRecordsHandler.HOLD.release();

        await().atMost(Duration.ofSeconds(5)).until(() -> alarms().get("WorkQueueAgeAlarm").state() == State.OK);
        assertThat(alarms().get("WorkQueueAgeAlarm").observed()).hasValue(0.0);
    }

    private Map<String, AlarmStatus> alarms() {
        return CLOUD.cloud().alarms().stream().collect(Collectors.toMap(AlarmStatus::name, a -> a));
    }

    private static java.util.List<State> othersThan(Map<String, AlarmStatus> alarms, String... names) {
        return alarms.values().stream().filter(a -> !java.util.List.of(names).contains(a.name())).map(AlarmStatus::state)
                .toList();
    }

    private int post(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI uri(String path) {
        return CLOUD.cloud().httpApiUrl().resolve(path);
    }
}
