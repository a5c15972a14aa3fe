package no.jobbstotte.localcloud.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final String HEADER = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Resources:
            """;

    @Test
    void parse_shortFormIntrinsics_becomeLongForms() {
        Template template = parse("""
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: !Sub ${AWS::StackName}-q
                      RedrivePolicy:
                        deadLetterTargetArn: !GetAtt Dlq.Arn
                        maxReceiveCount: 5
                  Dlq:
                    Type: AWS::SQS::Queue
                """);

        Resource queue = template.resource("Queue").orElseThrow();
        assertThat(queue.properties().get("QueueName")).isEqualTo(Map.of("Fn::Sub", "${AWS::StackName}-q"));
        assertThat(queue.map("RedrivePolicy")).containsEntry("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of("Dlq", "Arn")))
                .containsEntry("maxReceiveCount", 5L);
        assertThat(queue.line()).isEqualTo(4);
    }

    @Test
    void parse_unknownResourceType_namesResourceAndLine() {
        assertThatThrownBy(() -> parse("""
                  Fine:
                    Type: AWS::SQS::Queue
                  Odd:
                    Type: AWS::Kinesis::Stream
                """))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("line 6").hasMessageContaining("Odd").hasMessageContaining("AWS::Kinesis::Stream");
    }

    @Test
    void parse_referenceToMissingResource_namesResourceAndLine() {
        assertThatThrownBy(() -> parse("""
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      RedrivePolicy:
                        deadLetterTargetArn: !GetAtt Missing.Arn
                        maxReceiveCount: 2
                """))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("line 4").hasMessageContaining("Queue").hasMessageContaining("Missing");
    }

    @Test
    void parse_subVariableToMissingResource_isRefused() {
        assertThatThrownBy(() -> parse("""
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: !Sub ${Nowhere}-queue
                """)).isInstanceOf(TemplateException.class).hasMessageContaining("Nowhere");
    }

    @Test
    void parse_notYaml_isAClearError() {
        assertThatThrownBy(() -> Template.parse(Path.of("template.yaml"), "Resources: [unclosed"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void intrinsics_resolveRefGetAttSubAndJoin() {
        Template template = parse("""
                  Queue:
                    Type: AWS::SQS::Queue
                """);
        Intrinsics intrinsics = new Intrinsics(template, new Intrinsics.Lookup() {
            @Override public String ref(String id) { return "url-of-" + id; }
            @Override public String attribute(String id, String attribute) { return attribute + "-of-" + id; }
        }, Map.of("AWS::Region", "eu-north-1"));

        assertThat(intrinsics.string(Map.of("Ref", "Queue"))).isEqualTo("url-of-Queue");
        assertThat(intrinsics.string(Map.of("Fn::GetAtt", List.of("Queue", "Arn")))).isEqualTo("Arn-of-Queue");
        assertThat(intrinsics.string(Map.of("Fn::Sub", "${AWS::Region}/${Queue}/${Queue.Arn}/${!Literal}")))
                .isEqualTo("eu-north-1/url-of-Queue/Arn-of-Queue/${Literal}");
        assertThat(intrinsics.string(Map.of("Fn::Join", List.of("-", List.of("a", Map.of("Ref", "Queue"))))))
                .isEqualTo("a-url-of-Queue");
    }

    private static Template parse(String resources) {
        return Template.parse(Path.of("template.yaml"), HEADER + resources);
    }
}
