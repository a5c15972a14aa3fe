/**
 * The ChainsTable (template.yaml): the employer chains that may push agreements, each with its
 * status and the ids of its signing secrets (never their values). Read by AgreementsApi to authenticate; written by
 * the operators' CLI.
 */
@OwnsTable("ChainsTable")
package no.jobbstotte.agreementsapi.table.chains;

import no.jobbstotte.shared.aws.OwnsTable;
