package no.jobbstotte.shared.table.directory;

/** What a directory write did. */
public enum DirectoryWrite {
    APPLIED,
    /** The stored item comes from a later event; this one was ignored so order does not matter. */
    STALE
}
