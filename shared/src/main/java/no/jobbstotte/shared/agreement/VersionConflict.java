package no.jobbstotte.shared.agreement;

/**
 * The same agreement version pushed again with other content: the chain's mistake, which it fixes
 * by sending the change as a new version. AgreementsApi refuses such an item when the version is
 * already accepted or stored; AgreementsSync records it as rejected when two pushes crossed before
 * either was recorded. Both tell the chain in the same words.
 */
public final class VersionConflict {

    /** The error code of a refused item in a push's answer (openapi.yaml). */
    public static final String CODE = "version_conflict";

    private VersionConflict() {}

    /** What the chain reads: in a refused item's error, or as a rejected status's reason. */
    public static String reason(long version) {
        return "Versjon " + version + " er allerede lagret med annet innhold. Send endringen som en ny versjon.";
    }
}
