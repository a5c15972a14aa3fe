/** The CoordinatorsTable (template.yaml): each municipality's volunteer coordinator, keyed by municipality number. */
@OwnsTable("CoordinatorsTable")
package no.jobbstotte.shared.table.coordinators;

import no.jobbstotte.shared.aws.OwnsTable;
