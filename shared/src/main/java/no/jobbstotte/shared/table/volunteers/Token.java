package no.jobbstotte.shared.table.volunteers;

/** A stored single-use token: what it may do, for whom, and whether it was spent. */
public record Token(String purpose, String volunteerId, boolean used) {}
