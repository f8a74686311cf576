package org.acde.events.feed;

import static org.acde.events.Events.as;
import static org.acde.events.Events.drain;
import static org.acde.events.Events.head;
import static org.acde.events.Events.id;
import static org.acde.events.Events.page;
import static org.acde.events.Events.publicEvent;
import static org.acde.events.Events.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The retention purge: old events go, and a cursor that would have read them is a 410 that says how to resync. */
@QuarkusTest
class RetentionTest {

    @Inject
    DataSource database;

    @Inject
    FeedPurge purge;

    @Test
    void aCursorWhoseNextEventsWerePurgedIsGoneAndOneAfterThemReadsOn() throws SQLException {
        String before = head();
        Map<String, Object> old = publicEvent();
        Map<String, Object> older = publicEvent();
        published(old, older);
        String between = page(Tokens.secretariat(), before, Map.of("limit", 1)).nextCursor();
        String afterBoth = drain(Tokens.secretariat(), before, Map.of()).nextCursor();
        Map<String, Object> recent = publicEvent();
        published(recent);
        age(id(old), id(older));

        purge.purge();

        for (String lost : List.of(before, between)) {
            as(Tokens.secretariat()).queryParam("cursor", lost).get("/api/v1/events").then().statusCode(410)
                    .contentType("application/problem+json")
                    .body("type", is("urn:acde:problem:cursor-expired"))
                    .body("status", is(410))
                    .body("detail", containsString("30 days"))
                    .body("detail", containsString("GET /api/v1/events/head"));
        }
        // Nothing was lost to a reader that had read the purged events: it goes on.
        assertThat(drain(Tokens.secretariat(), afterBoth, Map.of()).ids()).containsExactly(id(recent));
        // Without a cursor the feed starts at its oldest event left.
        assertThat(drain(null, null, Map.of()).ids()).doesNotContain(id(old), id(older)).contains(id(recent));
        assertThat(count(id(old), id(older), id(recent))).isEqualTo(1);
        // A second run finds nothing more to purge.
        purge.purge();
        assertThat(count(id(recent))).isEqualTo(1);
    }

    /** Moves the events' storage time past the retention. */
    private void age(String... ids) throws SQLException {
        try (var connection = database.getConnection(); var update = connection.prepareStatement(
                "update event set stored_at = stored_at - interval '31 days' where id = any(cast(? as uuid[]))")) {
            update.setArray(1, connection.createArrayOf("text", ids));
            assertThat(update.executeUpdate()).isEqualTo(ids.length);
        }
    }

    private long count(String... ids) throws SQLException {
        try (var connection = database.getConnection();
                var select = connection.prepareStatement("select count(*) from event where id = any(cast(? as uuid[]))")) {
            select.setArray(1, connection.createArrayOf("text", ids));
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
