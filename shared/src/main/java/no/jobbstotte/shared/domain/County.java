package no.jobbstotte.shared.domain;

/** County (fylke), keyed by its two-digit SSB number, e.g. {@code 03} Oslo. */
public record County(String number, String name) {}
