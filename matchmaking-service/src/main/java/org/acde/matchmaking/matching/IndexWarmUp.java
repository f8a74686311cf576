package org.acde.matchmaking.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the matching index in the background right after start, so that the first match request does not wait for a
 * full read of the opportunities; a request that comes earlier loads it itself ({@link MatchIndex#ensureLoaded}).
 */
@ApplicationScoped
class IndexWarmUp {

    void onStart(@Observes StartupEvent start, MatchIndex index) {
        Thread warm = new Thread(index::ensureLoaded, "matching-index-load");
        warm.setDaemon(true);
        warm.start();
    }
}
