/**
 * The AgreementsTable (template.yaml): one partition per chain with each agreement's current
 * version, one history entry per version that arrived, and the processing status of every pushed
 * version. AgreementsApi and AgreementsSync read and write it; StatisticsPublisher scans the
 * current versions' terms.
 */
@OwnsTable("AgreementsTable")
package no.jobbstotte.shared.table.agreements;

import no.jobbstotte.shared.aws.OwnsTable;
