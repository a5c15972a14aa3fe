/**
 * The VolunteerCountsTable (template.yaml): the anonymous counts of confirmed volunteers, one item
 * per confirmation (see {@code VolunteerCountItems}). Apart from VolunteersTable so that the
 * statistics read these counts without any access to personal data; nothing here leads to a
 * person, and erasure leaves it as it is.
 */
@OwnsTable("VolunteerCountsTable")
package no.jobbstotte.shared.table.volunteercounts;

import no.jobbstotte.shared.aws.OwnsTable;
