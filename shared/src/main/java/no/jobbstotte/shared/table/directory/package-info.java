/**
 * The DirectoryTable (template.yaml): job specialists and team leads with their work e-mail,
 * kept by PlacementEvents from directory events and read by the scheduler and the sender.
 */
@OwnsTable("DirectoryTable")
package no.jobbstotte.shared.table.directory;

import no.jobbstotte.shared.aws.OwnsTable;
