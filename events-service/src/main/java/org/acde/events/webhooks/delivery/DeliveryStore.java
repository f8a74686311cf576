package org.acde.events.webhooks.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGStatement;

/**
 * The deliverers' claims and records, in SQL outside any request. A claim takes due deliveries with
 * {@code FOR UPDATE SKIP LOCKED} and leases them, committed at once: while the lease lasts no other replica takes
 * them, and if this replica dies they fall due again when it runs out. A delivery is due when its subscription is
 * ACTIVE, its time has come, nobody holds it, and no earlier delivery (lower position) of the same subscription and
 * subject is still pending — which also keeps one subject's deliveries out of the same claim: in order per subject.
 * A claim looks at the 1,000 earliest due deliveries only; those held back by a retry are not due before it.
 */
@ApplicationScoped
class DeliveryStore {

    private static final String CLAIM = """
            with candidates as (
                -- The earliest due, so that a claim costs the same whatever the backlog.
                select d.id, d.webhook_id, d.subject, d.position, d.next_attempt_at
                from webhook_delivery d join webhook w on w.id = d.webhook_id
                where d.status = 'PENDING' and w.status = 'ACTIVE' and d.next_attempt_at <= now()
                  and (d.locked_until is null or d.locked_until <= now())
                  and d.webhook_id <> all (?)
                order by d.next_attempt_at, d.position
                limit 1000
            ), due as (
                select c.id, row_number() over (partition by c.webhook_id order by c.next_attempt_at, c.position) as n
                from candidates c
                where not exists (select 1 from webhook_delivery e
                                  where e.webhook_id = c.webhook_id and e.subject = c.subject
                                    and e.status = 'PENDING' and e.position < c.position)
            ), picked as (
                -- Checked again on the row as locked: another replica may have leased it since this statement began.
                select d.id from webhook_delivery d join due on due.id = d.id
                where due.n <= ? and d.status = 'PENDING' and (d.locked_until is null or d.locked_until <= now())
                order by d.next_attempt_at, d.position
                limit ?
                for update of d skip locked
            )
            update webhook_delivery d set locked_until = now() + make_interval(secs => ?), lease = ?
            from picked, webhook w
            where d.id = picked.id and w.id = d.webhook_id
            returning d.id, d.webhook_id, d.event_id, d.attempts, d.body, w.url, w.secret, w.previous_secret,
                      w.previous_secret_until""";

    private static final String DELIVERED = """
            update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(),
                   outcome = ?, delivered_at = now(), locked_until = null, lease = null
            where id = ? and lease = ?""";

    private static final String NOT_DELIVERED = """
            update webhook_delivery set attempts = attempts + 1, last_attempt_at = now(), outcome = ?,
                   locked_until = null, lease = null,
                   status = case when ? or give_up_at <= now() then 'FAILED' else 'PENDING' end,
                   next_attempt_at = least(now() + make_interval(secs => ?), give_up_at)
            where id = ? and lease = ?
            returning status""";

    /** Later deliveries of the subject wait for the retry too: not due before it, they stay out of the claims' window. */
    private static final String HOLD_BACK = """
            update webhook_delivery e set next_attempt_at = d.next_attempt_at
            from webhook_delivery d
            where d.id = ? and d.status = 'PENDING' and e.webhook_id = d.webhook_id and e.subject = d.subject
              and e.status = 'PENDING' and e.position > d.position and e.next_attempt_at < d.next_attempt_at""";

    private static final String FAILING = """
            update webhook set status = 'FAILING', failing_since = now(), version = version + 1
            where id = ? and status = 'ACTIVE'""";

    private static final String NEXT_DUE = """
            select extract(epoch from min(greatest(d.next_attempt_at, coalesce(d.locked_until, d.next_attempt_at))) - now())
            from webhook_delivery d join webhook w on w.id = d.webhook_id
            where d.status = 'PENDING' and w.status = 'ACTIVE'
              and greatest(d.next_attempt_at, coalesce(d.locked_until, d.next_attempt_at)) > now()""";

    private final DataSource dataSource;

    DeliveryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code limit} due deliveries, at most {@code perWebhook} of one subscription, none of {@code busy}. */
    List<Claim> claim(int limit, int perWebhook, Collection<UUID> busy, Duration lease) throws SQLException {
        List<Claim> claims = new ArrayList<>();
        UUID token = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); var claim = connection.prepareStatement(CLAIM)) {
            // Planned afresh each time, never as a server-side generic plan: after five runs the driver prepares it,
            // and the generic plan checked "no earlier pending delivery of the subject" through the status index,
            // scanning every pending delivery per candidate; under a backlog of 12,000 a claim took over 40 s.
            claim.unwrap(PGStatement.class).setPrepareThreshold(0);
            claim.setArray(1, connection.createArrayOf("uuid", busy.toArray()));
            claim.setInt(2, perWebhook);
            claim.setInt(3, limit);
            claim.setDouble(4, lease.toMillis() / 1000.0);
            claim.setObject(5, token);
            try (var rows = claim.executeQuery()) {
                while (rows.next()) {
                    Timestamp until = rows.getTimestamp(9);
                    claims.add(new Claim(rows.getObject(1, UUID.class), token, rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getInt(4), rows.getString(5), rows.getString(6),
                            rows.getBytes(7), rows.getBytes(8), until == null ? null : until.toInstant()));
                }
            }
        }
        return claims;
    }

    /**
     * Writes what attempts came to, if this replica still holds their lease. A delivery that failed after its
     * give-up time, or to a receiver that said 410 Gone, is FAILED and its subscription FAILING.
     */
    void record(List<Attempt> attempts) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var delivered = connection.prepareStatement(DELIVERED);
                    var notDelivered = connection.prepareStatement(NOT_DELIVERED);
                    var holdBack = connection.prepareStatement(HOLD_BACK);
                    var failing = connection.prepareStatement(FAILING)) {
                for (Attempt attempt : attempts) {
                    Outcome outcome = attempt.outcome();
                    if (outcome.delivered()) {
                        delivered.setString(1, outcome.text());
                        delivered.setObject(2, attempt.claim().id());
                        delivered.setObject(3, attempt.claim().lease());
                        delivered.addBatch();
                        continue;
                    }
                    notDelivered.setString(1, outcome.text());
                    notDelivered.setBoolean(2, outcome.gone());
                    notDelivered.setDouble(3, attempt.retryIn().toMillis() / 1000.0);
                    notDelivered.setObject(4, attempt.claim().id());
                    notDelivered.setObject(5, attempt.claim().lease());
                    try (var status = notDelivered.executeQuery()) {
                        if (!status.next()) {
                            continue;
                        }
                        if (status.getString(1).equals("FAILED")) {
                            failing.setObject(1, attempt.claim().webhookId());
                            failing.executeUpdate();
                        } else {
                            holdBack.setObject(1, attempt.claim().id());
                            holdBack.executeUpdate();
                        }
                    }
                }
                delivered.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** How long until a pending delivery of an active subscription falls due (a retry, an expiring lease), if any does. */
    Optional<Duration> nextDue() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var query = connection.prepareStatement(NEXT_DUE);
                var rows = query.executeQuery()) {
            if (rows.next() && rows.getObject(1) != null) {
                return Optional.of(Duration.ofMillis((long) (rows.getDouble(1) * 1000)));
            }
            return Optional.empty();
        }
    }

    /** An attempt made on a claim, and the wait before the next one should it have failed. */
    record Attempt(Claim claim, Outcome outcome, Duration retryIn) {
    }
}
