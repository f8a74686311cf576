package org.acde.events.feed;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.events.EventCursor;
import org.acde.contracts.events.EventPage;
import org.acde.contracts.events.EventQuery;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.events.access.Readers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.JDBCException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Reads the feed. A page, the purge mark and the head come from one statement, so they agree: the page holds the
 * matching events after the cursor up to the head, and when it is not full every position up to the head has been
 * looked at, so the next cursor may move there (a reader whose filters match little does not walk the same rows
 * again on every poll). Positions commit in order ({@code Ingestion}), so no event can appear below the head later.
 */
@ApplicationScoped
public class Feed {

    private final DataSource database;
    private final FeedCursors cursors;
    private final Duration retention;

    Feed(DataSource database, FeedCursors cursors, @ConfigProperty(name = "acde.events.retention") Duration retention) {
        this.database = database;
        this.cursors = cursors;
        this.retention = retention;
    }

    public EventPage page(EventQuery query, Readers readers) {
        long after = query.cursor == null ? 0 : cursors.position(query.cursor);
        EventFilters filters = EventFilters.of(query, readers);
        String sql = """
                with page as (
                    select position, payload from event
                    where position > ?%s
                    order by position
                    limit ?)
                select r.purged_through, (select max(position) from event), p.position, p.payload::text
                from feed_retention r left join page p on true
                order by p.position""".formatted(filters.sql());
        long purged = 0;
        long head = 0;
        long last = after;
        List<JsonNode> items = new ArrayList<>();
        try (Connection connection = database.getConnection(); var select = connection.prepareStatement(sql)) {
            int index = 1;
            select.setLong(index++, after);
            for (Object parameter : filters.parameters()) {
                if (parameter instanceof String[] array) {
                    select.setArray(index++, connection.createArrayOf("text", array));
                } else {
                    select.setObject(index++, parameter);
                }
            }
            select.setInt(index, query.limit);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    purged = rows.getLong(1);
                    head = Math.max(rows.getLong(2), purged);
                    String payload = rows.getString(4);
                    if (payload != null) {
                        last = rows.getLong(3);
                        // Passed through as stored: no parsing, and the event reaches the reader as recorded.
                        items.add(JsonNodeFactory.instance.rawValueNode(new RawValue(payload)));
                    }
                }
            }
        } catch (SQLException e) {
            // Wrapped as Hibernate wraps it, so that PersistenceProblems answers a database that went away with a 503.
            throw new JDBCException("Cannot read the event feed", e);
        }
        if (query.cursor != null && (after < purged || after > head)) {
            throw expired(after < purged);
        }
        long next = items.size() == query.limit ? last : Math.max(last, head);
        return new EventPage(items, cursors.at(next));
    }

    public EventCursor head() {
        try (Connection connection = database.getConnection(); var select = connection.prepareStatement(
                "select greatest((select max(position) from event), purged_through) from feed_retention");
                var rows = select.executeQuery()) {
            rows.next();
            return new EventCursor(cursors.at(rows.getLong(1)));
        } catch (SQLException e) {
            throw new JDBCException("Cannot read the event feed's head", e);
        }
    }

    /** 410: the events after the cursor were purged, or the cursor is past a feed restored from an older backup. */
    private ProblemException expired(boolean purged) {
        String kept = retention.toDays() > 0 && retention.equals(Duration.ofDays(retention.toDays()))
                ? retention.toDays() + " days" : retention.toString();
        String why = purged ? "Events after this cursor were deleted: the feed keeps events for " + kept + "."
                : "This cursor is ahead of the feed, which was restored to an earlier state.";
        return new ProblemException(ProblemType.CURSOR_EXPIRED, why + " Resync: take a cursor from GET /api/v1/events/head,"
                + " re-read the resources you follow from their lists (updatedSince where a list has it), then continue"
                + " from that cursor.");
    }
}
