package no.jobbstotte.localcloud.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import no.jobbstotte.localcloud.iam.RolePolicy.Decision;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.template.TemplateException;
import org.junit.jupiter.api.Test;

class RolePoliciesTest {

    private static final String HEADER = """
            Parameters:
              SenderAddress: { Type: String, Default: post@jobbstotte.example }
            Resources:
              Table: { Type: AWS::DynamoDB::Table, Properties: {} }
              Queue: { Type: AWS::SQS::Queue, Properties: {} }
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Policies:
            """;

    private static Map<String, RolePolicy> read(String policies) {
        Template template = Template.parse(Path.of("template.yaml"), HEADER + policies);
        Intrinsics intrinsics = new Intrinsics(template, new Intrinsics.Lookup() {
            @Override
            public String ref(String logicalId) {
                return logicalId.toLowerCase();
            }

            @Override
            public String attribute(String logicalId, String attribute) {
                return switch (logicalId + "." + attribute) {
                    case "Table.Arn" -> "arn:aws:dynamodb:eu-north-1:000000000000:table/table";
                    case "Queue.QueueName" -> "queue";
                    default -> throw new IllegalArgumentException(logicalId + "." + attribute);
                };
            }
        }, Map.of("AWS::Region", "eu-north-1", "AWS::AccountId", "000000000000", "AWS::Partition", "aws"));
        return RolePolicies.read(template, intrinsics);
    }

    @Test
    void inlineStatementsAndSamTemplates_resolveToTheLocalArns() {
        RolePolicy role = read("""
                        - Statement:
                            - Effect: Allow
                              Action: [dynamodb:GetItem]
                              Resource: !Sub ${Table.Arn}/index/byTeam
                            - Effect: Allow
                              Action: ses:SendEmail
                              Resource: !Sub
                                - arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${Domain}
                                - Domain: !Select [1, !Split ['@', !Ref SenderAddress]]
                        - SQSSendMessagePolicy: { QueueName: !GetAtt Queue.QueueName }
                """).get("Fn");

        assertThat(role.roleName()).isEqualTo("FnRole");
        assertThat(role.decide(AccessRequest.of("dynamodb:GetItem",
                "arn:aws:dynamodb:eu-north-1:000000000000:table/table/index/byTeam"))).isEqualTo(Decision.ALLOW);
        assertThat(role.decide(AccessRequest.of("ses:SendEmail",
                "arn:aws:ses:eu-north-1:000000000000:identity/jobbstotte.example"))).isEqualTo(Decision.ALLOW);
        assertThat(role.decide(AccessRequest.of("sqs:SendMessage", "arn:aws:sqs:eu-north-1:000000000000:queue")))
                .isEqualTo(Decision.ALLOW);
        assertThat(role.decide(AccessRequest.of("sqs:ReceiveMessage", "arn:aws:sqs:eu-north-1:000000000000:queue")))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void whatTheLocalCloudCannotEvaluate_failsTheStartInsteadOfPassing() {
        assertThatThrownBy(() -> read("        - AmazonDynamoDBFullAccess\n"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("managed policy");
        assertThatThrownBy(() -> read("        - NoSuchPolicyTemplate: { X: y }\n"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("unknown policy template");
        assertThatThrownBy(() -> read("""
                        - Statement:
                            - Effect: Allow
                              NotAction: dynamodb:DeleteItem
                              Resource: '*'
                """)).isInstanceOf(TemplateException.class).hasMessageContaining("NotAction");
        assertThatThrownBy(() -> read("""
                        - Statement:
                            - Effect: Allow
                              Action: s3:ListBucket
                              Resource: '*'
                              Condition: { NumericLessThan: { s3:max-keys: 10 } }
                """)).isInstanceOf(TemplateException.class).hasMessageContaining("NumericLessThan");
    }
}
