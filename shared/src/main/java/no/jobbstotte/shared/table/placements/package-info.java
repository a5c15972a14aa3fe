/**
 * The PlacementsTable (template.yaml): one item per placement (oppfølgingsløp) with its next due
 * follow-ups, kept by PlacementEvents and read by the scheduler, the sender and the statistics.
 * The item format is docs/followup-data.md.
 */
@OwnsTable("PlacementsTable")
package no.jobbstotte.shared.table.placements;

import no.jobbstotte.shared.aws.OwnsTable;
