package org.acde.matchmaking.seed;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.needs.NeedKind;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk loader of cooperation needs for benchmarks, with COPY in chunks like {@link OpportunitySeeder} and from its
 * vocabularies (parties, technologies drawn Zipf-like, sectors, languages). Deterministic for a given random seed.
 */
@ApplicationScoped
public class NeedSeeder {

    private static final int CHUNK = 20_000;
    private static final String COLUMNS = "id, party, kind, measure, sub_areas, title, description, audiences, audience_size,"
            + " technologies, sectors, languages, starts_on, ends_on, status, created_by, created_at, updated_by, updated_at, version";

    private final DataSource database;
    private final Clock clock;

    NeedSeeder(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Writes {@code count} needs; returns how many. */
    public int seed(int count, long randomSeed) {
        Random random = new Random(randomSeed);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant now = Instant.now(clock);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int n = 0; n < count; n++) {
                row(rows, random, n, today, now);
                if ((n + 1) % CHUNK == 0) {
                    OpportunitySeeder.copy(copy, "need", COLUMNS, rows);
                }
            }
            OpportunitySeeder.copy(copy, "need", COLUMNS, rows);
            connection.commit();
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Seeding needs failed", e);
        }
        return count;
    }

    private static void row(StringBuilder rows, Random random, int n, LocalDate today, Instant now) {
        Party party = OpportunitySeeder.PARTIES[random.nextInt(OpportunitySeeder.PARTIES.length)];
        NeedKind kind = NeedKind.values()[random.nextInt(NeedKind.values().length)];
        Measure measure = Measure.values()[random.nextInt(Measure.values().length)];
        List<SubArea> areas = measure.subAreas();
        List<String> subAreas = OpportunitySeeder.distinct(random, areas.toArray(SubArea[]::new), 1 + random.nextInt(2)).stream()
                .map(Enum::name).toList();
        List<String> technologies = OpportunitySeeder.distinct(random, OpportunitySeeder.TERMS, 1 + random.nextInt(3)).stream()
                .map(Enum::name).toList();
        List<String> sectors = OpportunitySeeder.distinct(random, OpportunitySeeder.SECTORS, 1 + random.nextInt(2)).stream()
                .map(Enum::name).toList();
        List<String> audiences = OpportunitySeeder.distinct(random, Audience.values(), 1 + random.nextInt(2)).stream()
                .map(Enum::name).toList();
        int roll = random.nextInt(100);
        String status = roll < 70 ? "OPEN" : roll < 85 ? "BEING_ANSWERED" : roll < 95 ? "MET" : "WITHDRAWN";
        LocalDate starts = today.minusDays(random.nextInt(180));
        String title = kind.label() + " for " + OpportunitySeeder.KEYWORDS[random.nextInt(OpportunitySeeder.KEYWORDS.length)] + " #" + n;
        OpportunitySeeder.tab(rows, OpportunitySeeder.uuid(random), party, kind, measure, OpportunitySeeder.array(subAreas), title,
                "Seeded need of " + party.label() + ": " + title + ".", OpportunitySeeder.array(audiences), 10 + random.nextInt(5000),
                OpportunitySeeder.array(technologies), OpportunitySeeder.array(sectors),
                OpportunitySeeder.array(List.of(OpportunitySeeder.LANGUAGES[party.ordinal()])), starts,
                starts.plusDays(90 + random.nextInt(640)), status, OpportunitySeeder.OWNER, now, OpportunitySeeder.OWNER, now, 0);
    }
}
