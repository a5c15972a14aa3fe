package no.jobbstotte.shared.agreement;

/** What happened to one pushed agreement version, as a chain can ask for it. */
public enum ProcessingStatus {
    /** Valid and on the queue; not stored yet. */
    ACCEPTED,
    /** Stored as the agreement's current version (or found already stored with the same content). */
    STORED,
    /** A higher version was already stored; this one is kept in the history only. */
    STALE,
    /** Could never be stored (e.g. the same version with different content); reason says why. */
    REJECTED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
