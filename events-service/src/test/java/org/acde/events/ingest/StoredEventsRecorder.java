package org.acde.events.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.acde.events.feed.EventsStored;

/**
 * Watches what ingestion announces, as webhook delivery does; refuses events of {@value #REFUSED} by throwing, to show
 * that an observer's failure stores nothing.
 */
@ApplicationScoped
public class StoredEventsRecorder {

    static final String REFUSED = "org.acde.tests.observer.refuses";

    private final List<EventsStored> seen = new CopyOnWriteArrayList<>();

    /** What was announced so far, oldest first. */
    List<EventsStored> seen() {
        return List.copyOf(seen);
    }

    void on(@Observes EventsStored stored) {
        if (stored.events().stream().anyMatch(event -> event.type().equals(REFUSED))) {
            throw new IllegalStateException("refused by the test observer");
        }
        seen.add(stored);
    }
}
