package org.acde.events.feed;

import jakarta.annotation.security.PermitAll;

import org.acde.contracts.events.EventCursor;
import org.acde.contracts.events.EventPage;
import org.acde.contracts.events.EventQuery;
import org.acde.contracts.events.EventsApi;
import org.acde.events.access.Readers;
import org.acde.kernel.security.Caller;

public class EventResource implements EventsApi {

    private final Feed feed;
    private final Caller caller;

    EventResource(Feed feed, Caller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @Override
    @PermitAll
    public EventPage list(EventQuery query) {
        return feed.page(query, Readers.of(caller));
    }

    @Override
    @PermitAll
    public EventCursor head() {
        return feed.head();
    }
}
