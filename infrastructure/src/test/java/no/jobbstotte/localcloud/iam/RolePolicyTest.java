package no.jobbstotte.localcloud.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.iam.RolePolicy.Decision;
import org.junit.jupiter.api.Test;

class RolePolicyTest {

    private static final String TABLE = "arn:aws:dynamodb:eu-north-1:000000000000:table/placements";

    private static Statement allow(List<String> actions, List<String> resources, Condition... conditions) {
        return new Statement(true, actions, resources, List.of(conditions));
    }

    private static RolePolicy role(Statement... statements) {
        return new RolePolicy("F", "FRole", List.of(statements));
    }

    @Test
    void allow_matchesTheActionWithoutCaseAndTheResourceExactly() {
        RolePolicy role = role(allow(List.of("dynamodb:GetItem"), List.of(TABLE)));

        assertThat(role.decide(AccessRequest.of("dynamodb:getitem", TABLE))).isEqualTo(Decision.ALLOW);
        assertThat(role.decide(AccessRequest.of("dynamodb:PutItem", TABLE))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(role.decide(AccessRequest.of("dynamodb:GetItem", TABLE.toUpperCase())))
                .as("ARNs compare with case").isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(role.decide(AccessRequest.of("dynamodb:GetItem", TABLE + "s"))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(role.decide(AccessRequest.of("dynamodb:Query", TABLE + "/index/byTeam")))
                .as("a table's grant does not reach its indexes").isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void wildcards_starMatchesAnyRunIncludingNone_questionMarkExactlyOne() {
        RolePolicy role = role(allow(List.of("sqs:SendMessage*"), List.of("arn:aws:s3:::bucket/stats/*",
                "arn:aws:sqs:eu-north-1:000000000000:queue-?")));

        assertThat(role.decide(AccessRequest.of("sqs:SendMessage", "arn:aws:s3:::bucket/stats/"))).isEqualTo(Decision.ALLOW);
        assertThat(role.decide(AccessRequest.of("sqs:SendMessageBatch", "arn:aws:s3:::bucket/stats/a/b.json")))
                .isEqualTo(Decision.ALLOW);
        assertThat(role.decide(AccessRequest.of("sqs:SendMessage", "arn:aws:s3:::bucket/other/stats/a")))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(role.decide(AccessRequest.of("sqs:SendMessage", "arn:aws:sqs:eu-north-1:000000000000:queue-1")))
                .isEqualTo(Decision.ALLOW);
        assertThat(role.decide(AccessRequest.of("sqs:SendMessage", "arn:aws:sqs:eu-north-1:000000000000:queue-12")))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void explicitDeny_winsOverAnyAllow() {
        RolePolicy role = role(allow(List.of("dynamodb:*"), List.of(TABLE)),
                new Statement(false, List.of("dynamodb:DeleteItem"), List.of("*"), List.of()));

        assertThat(role.decide(AccessRequest.of("dynamodb:PutItem", TABLE))).isEqualTo(Decision.ALLOW);
        assertThat(role.decide(AccessRequest.of("dynamodb:DeleteItem", TABLE))).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(Decision.EXPLICIT_DENY.because("dynamodb:DeleteItem")).contains("explicit deny");
    }

    @Test
    void conditions_holdOnlyForMatchingContext_andAMissingKeyFailsUnlessIfExists() {
        String bucket = "arn:aws:s3:::bucket";
        RolePolicy prefixed = role(allow(List.of("s3:ListBucket"), List.of(bucket),
                new Condition("StringLike", "s3:prefix", List.of("stats/*"))));
        RolePolicy ifExists = role(allow(List.of("s3:ListBucket"), List.of(bucket),
                new Condition("StringLikeIfExists", "s3:prefix", List.of("stats/*"))));

        assertThat(prefixed.decide(new AccessRequest("s3:ListBucket", bucket, Map.of("s3:prefix", "stats/v1/"))))
                .isEqualTo(Decision.ALLOW);
        assertThat(prefixed.decide(new AccessRequest("s3:ListBucket", bucket, Map.of("s3:prefix", "private/"))))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(prefixed.decide(AccessRequest.of("s3:ListBucket", bucket)))
                .as("no prefix in the request: the condition cannot hold").isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(ifExists.decide(AccessRequest.of("s3:ListBucket", bucket))).isEqualTo(Decision.ALLOW);
        assertThat(new Condition("StringNotEquals", "k", List.of("a")).holds(Map.of()))
                .as("negated operators fail on a missing key too").isFalse();
        assertThat(new Condition("Null", "k", List.of("true")).holds(Map.of())).isTrue();
    }

    @Test
    void anOperatorTheLocalCloudDoesNotEvaluate_isRefusedRatherThanTakenAsTrue() {
        assertThatThrownBy(() -> new Condition("NumericLessThan", "s3:max-keys", List.of("10")))
                .hasMessageContaining("NumericLessThan");
        assertThatThrownBy(() -> new Condition("ForAnyValue:StringLike", "k", List.of("v")))
                .hasMessageContaining("ForAnyValue:StringLike");
    }

    @Test
    void principal_isTheAssumedRoleAsAwsNamesIt() {
        assertThat(role().principalArn("000000000000")).isEqualTo("arn:aws:sts::000000000000:assumed-role/FRole/F");
    }
}
