package org.acde.matchmaking.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.matchmaking.seed.OpportunitySeeder;
import org.acde.testing.OidcServer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On 10,000 bulk-loaded profiles, picked up by the index's refresh, the fast path returns exactly the naive scorer's
 * top 20, ids and scores.
 */
@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class MatchEquivalenceTest {

    @Inject
    OpportunitySeeder seeder;

    @Inject
    MatchIndex index;

    @Inject
    NaiveMatcher naive;

    @Inject
    MatchComparison comparison;

    @Inject
    DataSource database;

    @Test
    void fastPathEqualsNaiveScorerOnTenThousandProfiles() {
        index.ensureLoaded();
        int before = index.size();
        seeder.seed(10_000, 2026);
        try {
            // A bulk load bypasses the service: the periodic refresh is what brings it into the index.
            index.refresh();
            assertThat(index.size() - before).isEqualTo(
                    count("SELECT count(*) FROM opportunity WHERE owner_client = '" + OpportunitySeeder.OWNER + "' AND status = 'PUBLISHED'"));
            List<Profile> sample = comparison.sample(200, 11);
            assertThat(sample).hasSize(200);
            for (Profile query : sample) {
                Ranking fast = index.top(query, 20);
                Ranking reference = naive.top(query, 20);
                assertThat(fast.best()).hasSize(20);
                assertThat(fast.best().stream().map(s -> s.profile().id()).toList()).as("top 20 of %s", query.id())
                        .isEqualTo(reference.best().stream().map(s -> s.profile().id()).toList());
                assertThat(fast.best().stream().map(TopK.Scored::score).toList())
                        .isEqualTo(reference.best().stream().map(TopK.Scored::score).toList());
                assertThat(MatchComparison.same(fast, reference)).isTrue();
            }
        } finally {
            execute("DELETE FROM opportunity WHERE owner_client = '" + OpportunitySeeder.OWNER + "'");
            execute("DELETE FROM organisation WHERE owner_client = '" + OpportunitySeeder.OWNER + "'");
            index.reload();
        }
    }

    private long count(String query) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
