package org.acde.events.feed;

import java.util.List;

/**
 * Fired synchronously inside the transaction that stores new events, in position order, so that whatever must
 * follow from an event (a webhook delivery) is written with it or not at all.
 */
public record EventsStored(List<StoredEvent> events) {
}
