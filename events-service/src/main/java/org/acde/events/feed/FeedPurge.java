package org.acde.events.feed;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the events stored longer ago than the retention ({@code acde.events.retention}), oldest first and always a
 * prefix of the feed, in short transactions of at most {@value #CHUNK} positions; each records the highest position
 * it deleted, which turns the cursors below it into 410s.
 */
@ApplicationScoped
public class FeedPurge {

    private static final Logger LOG = Logger.getLogger(FeedPurge.class);
    private static final int CHUNK = 10_000;

    private final DataSource database;
    private final Duration retention;

    FeedPurge(DataSource database, @ConfigProperty(name = "acde.events.retention") Duration retention) {
        this.database = database;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        long through = horizon();
        long purged = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> deleteChunk(through));
            purged += deleted;
        } while (deleted > 0);
        if (purged > 0) {
            LOG.infof("Purged %d events stored more than %s ago, through position %d", purged, retention, through);
        }
    }

    /** The newest position stored before the cut-off; 0 when there is none. */
    private long horizon() {
        try (var connection = database.getConnection(); var select = connection.prepareStatement(
                "select coalesce(max(position), 0) from event where stored_at < now() - make_interval(secs => ?)")) {
            select.setDouble(1, retention.toSeconds());
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot find the events to purge", e);
        }
    }

    private int deleteChunk(long through) throws SQLException {
        try (var connection = database.getConnection(); var delete = connection.prepareStatement("""
                with gone as (
                    delete from event
                    where position <= least(?, (select min(position) from event) + ? - 1)
                    returning position),
                mark as (
                    update feed_retention set purged_through = greatest(purged_through, (select max(position) from gone))
                    where exists (select 1 from gone))
                select count(*) from gone""")) {
            delete.setLong(1, through);
            delete.setInt(2, CHUNK);
            try (var rows = delete.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
