package no.jobbstotte.shared.aws;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one package that owns a DynamoDB table: it alone knows the table's keys, attribute
 * names and item format, and every function reads and writes the table through its typed
 * operations. The value is the table's logical id in template.yaml; {@code ArchitectureTest}
 * checks that every table has exactly one owner and that nothing else touches DynamoDB items.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface OwnsTable {
    /** The table's logical id in template.yaml, e.g. {@code PlacementsTable}. */
    String value();
}
