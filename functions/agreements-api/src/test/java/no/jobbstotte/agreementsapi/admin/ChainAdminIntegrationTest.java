package no.jobbstotte.agreementsapi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import no.jobbstotte.agreementsapi.ChainSigningKeys;
import no.jobbstotte.agreementsapi.table.chains.DynamoDbChainRepository;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.secret.ManagedSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The operator commands against the chains table in the emulated DynamoDB and the master in the emulated Secrets Manager. */
class ChainAdminIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension cloud = LocalCloudExtension.fromTemplate();

    /** 32 or more bytes as base64 (43+ characters) or hex (64+): what a stored key would look like. */
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9+/_=-]{43,}|[0-9a-fA-F]{64,}");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private DynamoDbChainRepository chains;
    private String chainId;

    @BeforeEach
    void setUp() {
        chains = new DynamoDbChainRepository(cloud.cloud().dynamoDb(), cloud.cloud().tableName("ChainsTable"));
        chainId = "adm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new admin each time, as each {@code bin/chains} run is a new process. */
    private ChainAdmin admin() {
        LocalCloud local = cloud.cloud();
        ManagedSecret master = new ManagedSecret(local.secretsManager(), local.secretArn("ChainSigningSecret"));
        return new ChainAdmin(chains, new ChainSigningKeys(master, chains, SecureRandom::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC());
    }

    private WebhookSecret issue() {
        out.reset();
        assertThat(admin().run("issue-secret", chainId)).isZero();
        return WebhookSecret.parse(out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void commands_registerIssueRotateRevokeDisable_endInTheTable() {
        assertThat(admin().run("register", chainId, "Coop Extra")).isZero();
        WebhookSecret first = issue();
        WebhookSecret second = issue();
        EmployerChain chain = chains.find(chainId).orElseThrow();
        assertThat(chain.activeSecrets(Instant.now())).hasSize(2);
        assertThat(first).isNotEqualTo(second);

        String firstId = chain.secrets().get(0).secretId();
        assertThat(admin().run("revoke", chainId, firstId)).isZero();
        assertThat(chains.find(chainId).orElseThrow().activeSecrets(Instant.now()))
                .extracting(EmployerChain.Secret::secretId).doesNotContain(firstId).hasSize(1);
        out.reset();
        assertThat(admin().run("list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(chainId, "revoked", "active")
                .doesNotContain(first.encoded()).doesNotContain(second.encoded());

        assertThat(admin().run("disable", chainId)).isZero();
        assertThat(chains.find(chainId).orElseThrow().activeSecrets(Instant.now())).isEmpty();
    }

    /** Issue #14, item 6: an export of the chains table must give no chain's secret. */
    @Test
    void issueSecret_leavesNoKeyMaterialInTheTable() {
        assertThat(admin().run("register", chainId, "Rema 1000")).isZero();
        WebhookSecret secret = issue();
        String master = cloud.cloud().secretsManager()
                .getSecretValue(r -> r.secretId(cloud.cloud().secretArn("ChainSigningSecret"))).secretString();
        List<String> forbidden = List.of(secret.encoded().substring(WebhookSecret.PREFIX.length()),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret.key()),
                HexFormat.of().formatHex(secret.key()), master);

        List<String> values = new ArrayList<>();
        cloud.cloud().dynamoDb().scan(r -> r.tableName(cloud.cloud().tableName("ChainsTable")))
                .items().forEach(item -> item.values().forEach(v -> strings(v, values)));

        assertThat(values).as("the table holds the chain").contains(chainId);
        for (String value : values) {
            assertThat(forbidden).noneMatch(value::contains);
            assertThat(KEY_LIKE.matcher(value).find()).as("a key-like value in the table: %s", value).isFalse();
        }
    }

    /** Every string in an attribute value, nested lists and maps included, binaries as base64. */
    private static void strings(AttributeValue value, List<String> into) {
        if (value.s() != null) {
            into.add(value.s());
        }
        if (value.n() != null) {
            into.add(value.n());
        }
        if (value.b() != null) {
            into.add(Base64.getEncoder().encodeToString(value.b().asByteArray()));
        }
        if (value.hasSs()) {
            into.addAll(value.ss());
        }
        if (value.hasL()) {
            value.l().forEach(v -> strings(v, into));
        }
        if (value.hasM()) {
            for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
                into.add(entry.getKey());
                strings(entry.getValue(), into);
            }
        }
    }
}
