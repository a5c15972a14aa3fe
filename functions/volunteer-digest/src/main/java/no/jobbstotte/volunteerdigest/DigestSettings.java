package no.jobbstotte.volunteerdigest;

import no.jobbstotte.shared.config.RuntimeConfig;

/**
 * What the digest function reads from its environment.
 *
 * @param configurationSet the SES configuration set every send names (its events report bounces)
 */
public record DigestSettings(String volunteersTable, String coordinatorsTable, String sender, String nationalContact,
        String configurationSet) {
    public static DigestSettings from(RuntimeConfig config) {
        return new DigestSettings(config.require("VOLUNTEERS_TABLE"), config.require("COORDINATORS_TABLE"),
                config.require("SENDER_ADDRESS"), config.require("NATIONAL_CONTACT"), config.require("CONFIGURATION_SET"));
    }
}
