package no.jobbstotte.statisticspublisher.statistics;

import java.time.LocalDate;

/**
 * What the statistics read from one placement (oppfølgingsløp): where it belongs and the Oslo date
 * it reached each stage, or null when it has not (yet).
 */
public record PlacementFacts(String municipalityNumber, LocalDate referredOn, LocalDate trialStartedOn,
        LocalDate hiredOn, LocalDate endedOn) {}
