package no.jobbstotte.localcloud.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.alarms.AlarmStatus.State;
import no.jobbstotte.localcloud.template.Template;
import org.junit.jupiter.api.Test;

class TemplateAlarmsTest {

    private static final Template PROJECT = Template.read(RepoRoot.find().resolve("template.yaml"));

    @Test
    void projectTemplate_everyAlarm_isEvaluableLocally() {
        List<AlarmDefinition> alarms = TemplateAlarms.read(PROJECT);

        assertThat(alarms).hasSameSizeAs(PROJECT.ofType(TemplateAlarms.ALARM)).isNotEmpty();
        assertThat(alarms).as("alarms the local cloud cannot evaluate; teach LocalMetrics their metric")
                .allSatisfy(alarm -> assertThat(alarm).isInstanceOf(AlarmDefinition.Evaluable.class));
    }

    @Test
    void projectTemplate_dimensions_resolveToTheResourcesTheyName() {
        Map<String, AlarmDefinition> alarms = byName(TemplateAlarms.read(PROJECT));

        assertThat(alarms.get("AgreementsDeadLetterQueueAlarm")).isEqualTo(new AlarmDefinition.Evaluable(
                "AgreementsDeadLetterQueueAlarm",
                new AlarmValue.Metric(new AlarmMetric("AWS/SQS", "ApproximateNumberOfMessagesVisible", "AgreementsDeadLetterQueue")),
                Comparison.GreaterThanThreshold, 0));
        assertThat(alarms.get("RemindersQueueAgeAlarm")).isEqualTo(new AlarmDefinition.Evaluable("RemindersQueueAgeAlarm",
                new AlarmValue.Metric(new AlarmMetric("AWS/SQS", "ApproximateAgeOfOldestMessage", "RemindersQueue")),
                Comparison.GreaterThanThreshold, 900));
        assertThat(alarms.get("VolunteersHttpApiServerErrorAlarm")).isEqualTo(new AlarmDefinition.Evaluable(
                "VolunteersHttpApiServerErrorAlarm",
                new AlarmValue.Percentage(new AlarmMetric("AWS/ApiGateway", "5xx", "VolunteersHttpApi"),
                        new AlarmMetric("AWS/ApiGateway", "Count", "VolunteersHttpApi")),
                Comparison.GreaterThanThreshold, 1));
    }

    @Test
    void alarmOnAnUnmeasuredMetric_isReportedNotEvaluable_withTheReason() {
        Template template = Template.parse(Path.of("inline.yaml"), """
                Resources:
                  Work:
                    Type: AWS::SQS::Queue
                  DurationAlarm:
                    Type: AWS::CloudWatch::Alarm
                    Properties:
                      Namespace: AWS/Lambda
                      MetricName: Duration
                      Dimensions: [{ Name: FunctionName, Value: anything }]
                      Threshold: 1000
                      ComparisonOperator: GreaterThanThreshold
                  LiteralQueueAlarm:
                    Type: AWS::CloudWatch::Alarm
                    Properties:
                      Namespace: AWS/SQS
                      MetricName: ApproximateNumberOfMessagesVisible
                      Dimensions: [{ Name: QueueName, Value: some-queue }]
                      Threshold: 0
                      ComparisonOperator: GreaterThanThreshold
                  BandAlarm:
                    Type: AWS::CloudWatch::Alarm
                    Properties:
                      Namespace: AWS/SQS
                      MetricName: ApproximateNumberOfMessagesVisible
                      Dimensions: [{ Name: QueueName, Value: !GetAtt Work.QueueName }]
                      Threshold: 0
                      ComparisonOperator: GreaterThanUpperThreshold
                """);

        List<AlarmStatus> statuses = TemplateAlarms.read(template).stream()
                .map(alarm -> alarm.evaluate(metric -> OptionalDouble.of(0))).toList();

        assertThat(statuses).extracting(AlarmStatus::state).containsOnly(State.NOT_EVALUABLE);
        assertThat(statuses).extracting(AlarmStatus::note).containsExactly(
                "metric AWS/Lambda Duration is not measured locally",
                "QueueName must be a !Ref or !GetAtt of a AWS::SQS::Queue in this template",
                "ComparisonOperator GreaterThanUpperThreshold (only static thresholds are evaluated)");
    }

    @Test
    void evaluate_percentage_comparesTheRateWithTheThreshold() {
        AlarmDefinition alarm = byName(TemplateAlarms.read(PROJECT)).get("AgreementsHttpApiServerErrorAlarm");
        Map<String, Double> oneOfFifty = Map.of("5xx", 1.0, "Count", 50.0);
        Map<String, Double> oneOfHundredAndOne = Map.of("5xx", 1.0, "Count", 101.0);
        Map<String, Double> noRequests = Map.of("5xx", 0.0, "Count", 0.0);

        assertThat(alarm.evaluate(m -> OptionalDouble.of(oneOfFifty.get(m.name())))).satisfies(status -> {
            assertThat(status.state()).isEqualTo(State.ALARM);
            assertThat(status.observed()).hasValue(2.0);
        });
        assertThat(alarm.evaluate(m -> OptionalDouble.of(oneOfHundredAndOne.get(m.name())))).extracting(AlarmStatus::state)
                .isEqualTo(State.OK);
        assertThat(alarm.evaluate(m -> OptionalDouble.of(noRequests.get(m.name())))).extracting(AlarmStatus::state)
                .isEqualTo(State.OK);
    }

    /** Issue #17: SES's account-wide reputation metrics, no dimension, at the review thresholds. */
    @Test
    void sesReputationAlarms_accountWide_breachAtTheReviewThresholds() {
        Map<String, AlarmDefinition> alarms = byName(TemplateAlarms.read(PROJECT));
        AlarmDefinition bounces = alarms.get("SesBounceRateAlarm");
        AlarmDefinition complaints = alarms.get("SesComplaintRateAlarm");

        assertThat(bounces).isEqualTo(new AlarmDefinition.Evaluable("SesBounceRateAlarm", new AlarmValue.Metric(
                new AlarmMetric("AWS/SES", "Reputation.BounceRate", AlarmMetric.ACCOUNT)),
                Comparison.GreaterThanOrEqualToThreshold, 0.05));
        assertThat(bounces.evaluate(m -> OptionalDouble.of(0.05)).state()).isEqualTo(State.ALARM);
        assertThat(bounces.evaluate(m -> OptionalDouble.of(0.049)).state()).isEqualTo(State.OK);
        assertThat(complaints.evaluate(m -> OptionalDouble.of(0.001)).state()).isEqualTo(State.ALARM);
        assertThat(complaints.evaluate(m -> OptionalDouble.of(0.0009)).state()).isEqualTo(State.OK);
        assertThat(complaints.evaluate(m -> OptionalDouble.of(0)).watches()).isEqualTo("SES complaint rate of the account >= 0.001");
    }

    private static Map<String, AlarmDefinition> byName(List<AlarmDefinition> alarms) {
        return alarms.stream().collect(java.util.stream.Collectors.toMap(AlarmDefinition::name, a -> a));
    }
}
