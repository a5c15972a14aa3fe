package no.jobbstotte.agreementsapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.inject.Inject;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.table.agreements.AgreementStore;

/**
 * Records ACCEPTED, with the content hash, for the versions of a push that the queue took, after it
 * took them: one conditional put per item, the version's history entry, which is also all that
 * AgreementsSync reads of it besides the current item. The order is what keeps the status true. A
 * crash or failure between the queue and these puts leaves a queued version without a status until
 * AgreementsSync writes its entry itself, never an "accepted" version that is not on the queue; and
 * a put that comes after the sync has already written the entry changes nothing. The puts are
 * independent, so they run on a few threads at once: one after another they are most of a push's
 * time.
 */
public final class AcceptedStatuses {

    /** Concurrent status writes per push: enough to hide the round trips, few enough to reuse connections. */
    static final int WRITERS = 10;

    private final AgreementStore store;

    @Inject
    public AcceptedStatuses(AgreementStore store) {
        this.store = store;
    }

    /** Returns when every status is written; a failed write fails the push as if written in line. */
    void record(String chainId, List<AgreementMessage> accepted, Instant now) {
        List<Future<?>> writers = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < Math.min(WRITERS, accepted.size()); w++) {
                int first = w;
                writers.add(executor.submit(() -> {
                    for (int i = first; i < accepted.size(); i += WRITERS) {
                        AgreementMessage message = accepted.get(i);
                        store.accept(message.agreement(), message.requestId(), now);
                    }
                }));
            }
        } // close() waits for every writer
        for (Future<?> writer : writers) {
            try {
                writer.get();
            } catch (ExecutionException e) {
                // As if written in line: the handler turns it into the generic 500.
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
