package no.jobbstotte.volunteersignup;

import java.net.URI;
import no.jobbstotte.shared.config.RuntimeConfig;

/**
 * What the sign-up function reads from its environment.
 *
 * @param emailPepper the HMAC key for e-mail hashes; see {@link #from}
 */
public record VolunteerSettings(String table, URI publicBaseUrl, String sender, byte[] emailPepper,
        int ipLimitPerHour, int emailLimitPerHour) {

    /**
     * The pepper for local runs only: the local cloud sets endpoint overrides, AWS never does, so a
     * deployed function without {@code EMAIL_PEPPER} fails at init instead of silently hashing with
     * a value published in this repository.
     */
    static final String LOCAL_DEV_PEPPER = "local-dev-pepper-not-for-production";

    public static VolunteerSettings from(RuntimeConfig config) {
        String pepper = config.optional("EMAIL_PEPPER")
                .or(() -> config.endpointOverride("DYNAMODB").map(local -> LOCAL_DEV_PEPPER))
                .orElseThrow(() -> new RuntimeConfig.MissingConfigurationException("EMAIL_PEPPER"));
        String base = config.require("PUBLIC_BASE_URL");
        return new VolunteerSettings(
                config.require("VOLUNTEERS_TABLE"),
                URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base),
                config.require("SENDER_ADDRESS"),
                pepper.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                config.intValue("RATE_LIMIT_PER_IP_HOUR", 20),
                config.intValue("RATE_LIMIT_PER_EMAIL_HOUR", 3));
    }

    public URI link(String path, String token) {
        return URI.create(publicBaseUrl + path + "?token=" + token);
    }
}
