package no.jobbstotte.volunteerdigest;

import no.jobbstotte.shared.config.RuntimeConfig;

/** What the digest function reads from its environment. */
public record DigestSettings(String volunteersTable, String coordinatorsTable, String sender, String nationalContact) {
    public static DigestSettings from(RuntimeConfig config) {
        return new DigestSettings(config.require("VOLUNTEERS_TABLE"), config.require("COORDINATORS_TABLE"),
                config.require("SENDER_ADDRESS"), config.require("NATIONAL_CONTACT"));
    }
}
