package no.jobbstotte.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.jobbstotte.localcloud.template.Template;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The consistency rules against a small template that breaks each of them once, next to resources that keep them. */
class TemplateConsistencyRulesTest {

    private static final Template TEMPLATE = Template.parse(Path.of("rules-test-template.yaml"), """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Runtime: java25
                Timeout: 30
            Resources:
              GoodQueue:
                Type: AWS::SQS::Queue
                Properties:
                  FifoQueue: true
                  VisibilityTimeout: 180
                  RedrivePolicy:
                    deadLetterTargetArn: !GetAtt GoodDeadLetterQueue.Arn
                    maxReceiveCount: 5
              GoodDeadLetterQueue:
                Type: AWS::SQS::Queue
                Properties:
                  FifoQueue: true
              GoodFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: functions/good/target/good.jar
                  Handler: demo.GoodHandler::handleRequest
                  Events:
                    Work:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt GoodQueue.Arn
                        FunctionResponseTypes: [ReportBatchItemFailures]
              GoodTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  BillingMode: PAY_PER_REQUEST
                  PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
                  SSESpecification: { SSEEnabled: true }

              NoRedriveQueue:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 60
              FifoWithStandardDeadLetterQueue:
                Type: AWS::SQS::Queue
                Properties:
                  FifoQueue: true
                  RedrivePolicy:
                    deadLetterTargetArn: !GetAtt StandardDeadLetterQueue.Arn
                    maxReceiveCount: 5
              StandardDeadLetterQueue:
                Type: AWS::SQS::Queue
              CarelessFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: functions/careless/target/careless.jar
                  Handler: demo.CarelessHandler::handleRequest
                  Events:
                    Work:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt NoRedriveQueue.Arn
                    Nightly:
                      Type: ScheduleV2
                      Properties:
                        ScheduleExpression: cron(0 2 * * ? *)
              ProvisionedTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  BillingMode: PROVISIONED
            """);

    @Test
    void reportBatchItemFailures_failsOnlyForTheEventWithout() {
        assertThat(failures(TemplateConsistencyTest.reportBatchItemFailures(TEMPLATE)))
                .containsExactly("CarelessFunction.Work: FunctionResponseTypes is [ReportBatchItemFailures]");
    }

    @Test
    void redrivePolicies_failOnlyForTheConsumedQueueWithout() {
        assertThat(failures(TemplateConsistencyTest.redrivePolicies(TEMPLATE)))
                .containsExactly("CarelessFunction.Work: its queue has a RedrivePolicy to a dead-letter queue");
    }

    @Test
    void fifoDeadLetterQueues_failOnlyForTheFifoQueueWithAStandardOne() {
        assertThat(failures(TemplateConsistencyTest.fifoDeadLetterQueues(TEMPLATE)))
                .containsExactly("FifoWithStandardDeadLetterQueue: dead-letter queue is FIFO exactly when the queue is");
    }

    @Test
    void visibilityTimeouts_failOnlyWhereShorterThanSixFunctionTimeouts() {
        // NoRedriveQueue: 60 s against 6 x 30 s from Globals; GoodQueue has exactly 180 s.
        assertThat(failures(TemplateConsistencyTest.visibilityTimeouts(TEMPLATE)))
                .containsExactly("CarelessFunction.Work: queue VisibilityTimeout >= 6 x function Timeout");
    }

    @Test
    void tables_failEachMissingSettingOfTheProvisionedTable() {
        assertThat(failures(TemplateConsistencyTest.tables(TEMPLATE))).containsExactly(
                "ProvisionedTable: BillingMode is PAY_PER_REQUEST",
                "ProvisionedTable: point-in-time recovery is enabled",
                "ProvisionedTable: server-side encryption is enabled");
    }

    /** Runs the dynamic tests and names those that failed; anything but an assertion failure is a bug here. */
    private static List<String> failures(Stream<DynamicTest> tests) {
        List<String> failed = new ArrayList<>();
        tests.forEach(test -> {
            try {
                test.getExecutable().execute();
            } catch (AssertionError e) {
                failed.add(test.getDisplayName());
            } catch (Throwable e) {
                throw new IllegalStateException(test.getDisplayName() + " broke instead of failing", e);
            }
        });
        return failed;
    }
}
