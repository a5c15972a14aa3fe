package no.jobbstotte.shared.table.volunteers;

import java.time.LocalDate;

/**
 * One recipient's daily notice about the volunteers confirmed on {@code day}.
 *
 * @param recipientHash a hash of the recipient's address: the marker names no one
 */
public record Notice(LocalDate day, String recipientHash) {}
