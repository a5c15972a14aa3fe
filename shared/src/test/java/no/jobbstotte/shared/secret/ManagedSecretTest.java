package no.jobbstotte.shared.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import no.jobbstotte.shared.testing.InMemorySecretsManager;
import org.junit.jupiter.api.Test;

class ManagedSecretTest {

    private final InMemorySecretsManager secretsManager = new InMemorySecretsManager();
    private final ManagedSecret secret = new ManagedSecret(secretsManager, "arn:aws:secretsmanager:eu-north-1:1:secret:x");

    @Test
    void current_isReadOncePerContainer_evenAfterARotation() {
        String first = secretsManager.currentVersion();

        ManagedSecret.Version read = secret.current();
        secretsManager.rotate();

        assertThat(read.versionId()).isEqualTo(first);
        assertThat(new String(read.value(), StandardCharsets.UTF_8)).isEqualTo(secretsManager.value(first));
        assertThat(secret.current().versionId()).isEqualTo(first);
        assertThat(secretsManager.calls()).isEqualTo(1);
    }

    @Test
    void version_readsEachVersionOnce_andTheCurrentOneNotAgain() {
        String first = secretsManager.currentVersion();
        secret.current();
        String second = secretsManager.rotate();

        assertThat(secret.version(first)).hasValueSatisfying(v ->
                assertThat(new String(v, StandardCharsets.UTF_8)).isEqualTo(secretsManager.value(first)));
        assertThat(secret.version(second)).hasValueSatisfying(v ->
                assertThat(new String(v, StandardCharsets.UTF_8)).isEqualTo(secretsManager.value(second)));
        secret.version(second);

        assertThat(secretsManager.calls()).isEqualTo(2);
    }

    @Test
    void version_goneFromSecretsManager_isEmpty_andAskedOnlyOnce() {
        String gone = secretsManager.currentVersion();
        secretsManager.rotate();
        secretsManager.forget(gone);

        assertThat(secret.version(gone)).isEmpty();
        assertThat(secret.version(gone)).isEmpty();
        assertThat(secretsManager.calls()).isEqualTo(1);
    }

    @Test
    void version_withoutAStagingLabel_countsAsGone() {
        String first = secretsManager.currentVersion();
        String second = secretsManager.rotate();

        assertThat(secret.version(first)).as("AWSPREVIOUS").isPresent();
        secretsManager.rotate();

        assertThat(new ManagedSecret(secretsManager, "x").version(first)).as("deprecated").isEmpty();
        assertThat(new ManagedSecret(secretsManager, "x").version(second)).as("AWSPREVIOUS now").isPresent();
    }

    @Test
    void toString_neverShowsTheValue() {
        ManagedSecret.Version version = secret.current();

        assertThat(version.toString()).doesNotContain(new String(version.value(), StandardCharsets.UTF_8));
    }
}
