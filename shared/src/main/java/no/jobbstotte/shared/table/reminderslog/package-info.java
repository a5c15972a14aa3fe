/**
 * The RemindersLogTable (template.yaml): one claim per digest and day, written by the scheduler
 * when it enqueues a digest and by the sender when it sends one, so nothing is sent twice.
 */
@OwnsTable("RemindersLogTable")
package no.jobbstotte.shared.table.reminderslog;

import no.jobbstotte.shared.aws.OwnsTable;
