package no.jobbstotte.volunteersignup;

import java.net.URI;
import no.jobbstotte.shared.config.RuntimeConfig;

/**
 * What the sign-up function reads from its environment.
 *
 * @param emailPepperSecret the ARN of the secret that holds the HMAC key for e-mail hashes (never the key itself)
 * @param configurationSet the SES configuration set every send names (its events report bounces)
 */
public record VolunteerSettings(String table, URI publicBaseUrl, String sender, String emailPepperSecret,
        int ipLimitPerHour, int emailLimitPerHour, String configurationSet) {

    public static VolunteerSettings from(RuntimeConfig config) {
        String base = config.require("PUBLIC_BASE_URL");
        return new VolunteerSettings(
                config.require("VOLUNTEERS_TABLE"),
                URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base),
                config.require("SENDER_ADDRESS"),
                config.require("EMAIL_PEPPER_SECRET_ARN"),
                config.intValue("RATE_LIMIT_PER_IP_HOUR", 20),
                config.intValue("RATE_LIMIT_PER_EMAIL_HOUR", 3),
                config.require("CONFIGURATION_SET"));
    }

    public URI link(String path, String token) {
        return URI.create(publicBaseUrl + path + "?token=" + token);
    }
}
