package no.jobbstotte.shared.table.placements;

import java.time.LocalDate;

/**
 * What the statistics read from one placement: its municipality and the Oslo date it reached
 * each stage, or null when it has not (yet). Only ids and dates: no one can be told apart.
 */
public record PlacementMilestones(String municipalityNumber, LocalDate referredOn, LocalDate trialStartedOn,
        LocalDate hiredOn, LocalDate endedOn) {}
