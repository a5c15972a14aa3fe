package no.jobbstotte.shared.table.placements;

/** What a conditional placement save did; the caller decides whether to re-load and retry. */
public enum SaveResult {
    CREATED,
    UPDATED,
    /** Another writer saved a newer revision first; nothing was written. */
    CONFLICT
}
