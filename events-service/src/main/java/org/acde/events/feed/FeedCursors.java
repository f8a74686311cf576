package org.acde.events.feed;

import java.util.List;

import jakarta.inject.Singleton;

import org.acde.contracts.problem.ProblemException;
import org.acde.kernel.paging.CursorCodec;

/**
 * The feed's cursors: a position, signed like every cursor of the platform so that it stays opaque and cannot be
 * edited. Unlike a list's, it is not bound to the filters: a position means the same under any of them, so a reader
 * may change its filters and continue where it stopped.
 */
@Singleton
class FeedCursors {

    private static final String FEED = "events";

    private final CursorCodec codec;

    FeedCursors(CursorCodec codec) {
        this.codec = codec;
    }

    String at(long position) {
        return codec.encode(FEED, List.of(Long.toString(position)));
    }

    /** The position {@code cursor} stands for; 400 naming {@code cursor} when it is not one of the feed's. */
    long position(String cursor) {
        List<String> values = codec.decode(FEED, cursor);
        try {
            long position = values.size() == 1 ? Long.parseLong(values.get(0)) : -1;
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badField("cursor", "not a cursor of the event feed; start again without it");
    }
}
