/**
 * The VolunteersTable (template.yaml): volunteers, their address claims, single-use tokens,
 * rate-limit windows, the anonymous monthly counts and the daily notices' markers, one item type
 * per key prefix (see {@code VolunteerItems}).
 */
@OwnsTable("VolunteersTable")
package no.jobbstotte.shared.table.volunteers;

import no.jobbstotte.shared.aws.OwnsTable;
