package no.jobbstotte.shared.domain;

/**
 * Municipality (kommune), keyed by its four-digit SSB number, e.g. {@code 0301} Oslo. Names are
 * not unique (two Herøy, two Våler), so show the county when a name alone is ambiguous.
 */
public record Municipality(String number, String name, County county) {}
