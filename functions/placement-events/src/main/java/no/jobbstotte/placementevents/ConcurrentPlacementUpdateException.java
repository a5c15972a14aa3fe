package no.jobbstotte.placementevents;

/**
 * Other writers kept saving the same placement first. Not a bad event: thrown so that SQS
 * redelivers the message later, when the contention is over.
 */
public class ConcurrentPlacementUpdateException extends RuntimeException {
    public ConcurrentPlacementUpdateException(String placementId, int attempts) {
        super("placement " + placementId + " changed under " + attempts + " save attempts");
    }
}
