package no.jobbstotte.shared.followup.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.testing.InMemorySecretsManager;
import org.junit.jupiter.api.Test;

class ActionLinkSignerTest {

    private static final Instant NOW = Instant.parse("2026-12-28T06:00:00Z");
    private static final ActionLink LINK = new ActionLink(ActionLink.Action.DONE, "plc-1", Party.EMPLOYER,
            LocalDate.parse("2026-12-26"), NOW.plusSeconds(3600));

    private final InMemorySecretsManager secrets = new InMemorySecretsManager();

    private ActionLinkSigner signer() {
        return new ActionLinkSigner(new ManagedSecret(secrets, "key"));
    }

    @Test
    void verify_signedLink_givesItBack() {
        assertThat(signer().verify(signer().sign(LINK), NOW)).isEqualTo(LINK);
    }

    @Test
    void verify_afterRotation_oldLinksStillVerifyWithTheirVersion() {
        String token = signer().sign(LINK);
        secrets.rotate();

        assertThat(signer().verify(token, NOW)).isEqualTo(LINK);
    }

    @Test
    void verify_payloadChanged_refused() {
        String token = signer().sign(LINK);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replace("plc-1", "plc-2");
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];

        assertThatThrownBy(() -> signer().verify(tampered, NOW)).isInstanceOfSatisfying(InvalidActionLinkException.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidActionLinkException.Reason.MALFORMED));
    }

    @Test
    void verify_otherKey_refused() {
        String token = signer().sign(LINK);
        InMemorySecretsManager other = new InMemorySecretsManager();

        assertThatThrownBy(() -> new ActionLinkSigner(new ManagedSecret(other, "key")).verify(token, NOW))
                .isInstanceOf(InvalidActionLinkException.class);
    }

    @Test
    void verify_atExpiry_expired() {
        String token = signer().sign(LINK);

        assertThatThrownBy(() -> signer().verify(token, LINK.expiresAt()))
                .isInstanceOfSatisfying(InvalidActionLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidActionLinkException.Reason.EXPIRED));
    }

    @Test
    void verify_garbage_malformed() {
        for (String garbage : new String[] {null, "", "abc", "a.b", "x".repeat(30) + "." + "y".repeat(43), "€.€"}) {
            assertThatThrownBy(() -> signer().verify(garbage, NOW)).isInstanceOf(InvalidActionLinkException.class);
        }
    }
}
