package no.jobbstotte.shared.followup.event;

/** Anything the case system sends on the placement-events queue. */
public sealed interface InboundEvent permits PlacementEvent, DirectoryEvent {
}
