/**
 * The MailDeliveryTable (template.yaml): what SES reported for each recipient address, keyed by a
 * keyed hash of the address (HMAC with MailRecipientPepperSecret), so the table names nobody.
 */
@OwnsTable("MailDeliveryTable")
package no.jobbstotte.shared.table.maildelivery;

import no.jobbstotte.shared.aws.OwnsTable;
