package org.acde.matchmaking.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.matchmaking.Technology;

/**
 * The reference scorer: reads every published, unexpired candidate of the complementary type from the database and
 * scores each with the same {@link Scorer} as the fast path. Slow by design; it is what the fast path is proven
 * against (MatchEquivalenceTest) and measured against (bench/matchmaking). In matchmaking-service's package, not its
 * jar: it reads the engine's package-private pieces, and serves no request.
 */
@ApplicationScoped
public class NaiveMatcher {

    private final DataSource database;
    private final MatchingConfig config;
    private final Clock clock;

    NaiveMatcher(DataSource database, MatchingConfig config, Clock clock) {
        this.database = database;
        this.config = config;
        this.clock = clock;
    }

    Ranking top(Profile q, int k) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            Scorer scorer = scorer(connection, today);
            TopK top = new TopK(k);
            int scored = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT " + Profile.COLUMNS + " FROM opportunity"
                    + " WHERE status = 'PUBLISHED' AND type = ? AND expires_on >= ? AND enterprise_id <> ?")) {
                select.setFetchSize(10_000);
                select.setString(1, q.type.complement().name());
                select.setObject(2, today);
                select.setObject(3, q.enterpriseId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Profile candidate = Profile.read(rows, today);
                        top.offer(candidate, scorer.score(q, candidate));
                        scored++;
                    }
                }
            }
            connection.commit();
            return new Ranking(scorer, top.best(), scored);
        } catch (SQLException e) {
            throw new IllegalStateException("Naive matching failed", e);
        }
    }

    /** Term rarities counted in the database. */
    private Scorer scorer(Connection connection, LocalDate today) throws SQLException {
        int[] frequency = new int[64];
        int published;
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM opportunity WHERE status = 'PUBLISHED'");
                ResultSet row = count.executeQuery()) {
            row.next();
            published = row.getInt(1);
        }
        try (PreparedStatement terms = connection.prepareStatement(
                "SELECT term, count(*) FROM opportunity, unnest(technologies) AS term WHERE status = 'PUBLISHED' GROUP BY term");
                ResultSet rows = terms.executeQuery()) {
            while (rows.next()) {
                frequency[Technology.valueOf(rows.getString(1)).ordinal()] = rows.getInt(2);
            }
        }
        return new Scorer(config, published, frequency, (int) today.toEpochDay());
    }
}
