/**
 * The RequestLogTable (template.yaml): what AgreementsApi remembers about earlier requests for a
 * while, the webhook ids it has seen (replay protection) and its answers to Idempotency-Keys.
 */
@OwnsTable("RequestLogTable")
package no.jobbstotte.agreementsapi.table.requestlog;

import no.jobbstotte.shared.aws.OwnsTable;
