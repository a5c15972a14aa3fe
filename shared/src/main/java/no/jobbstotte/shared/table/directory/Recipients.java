package no.jobbstotte.shared.table.directory;

import java.util.function.Consumer;

/** Who may get a digest: the directory's active specialists and team leads. */
public interface Recipients {

    /** An active specialist or team lead; ids only, the scheduler needs nothing personal. */
    record Recipient(String personId, boolean teamLead) {}

    /** Calls {@code each} for every active specialist and team lead, page by page. */
    void forEachActive(Consumer<Recipient> each);
}
