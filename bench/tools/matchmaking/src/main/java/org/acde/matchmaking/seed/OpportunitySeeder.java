package org.acde.matchmaking.seed;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.matchmaking.DevelopmentStage;
import org.acde.contracts.matchmaking.OpportunityType;
import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.contracts.matchmaking.PartnershipType;
import org.acde.contracts.matchmaking.SizeBand;
import org.acde.contracts.matchmaking.Technology;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk loader for benchmarks and demos: realistic enterprises (one per four opportunities) and opportunities,
 * written with PostgreSQL's COPY in chunks, bypassing the service layer (a million rows through the API would take
 * hours). Into empty tables the secondary indexes are dropped first and built again at the end, in the same
 * transaction. Deterministic for a given random seed. Rows are owned by the client {@value #OWNER}. A running service
 * picks them up at its next index refresh.
 */
@ApplicationScoped
public class OpportunitySeeder {

    public static final String OWNER = "seed";
    private static final int CHUNK = 20_000;

    /** Parties weighted roughly by the size of their digital economies. */
    static final Party[] PARTIES = weighted(Party.values(), new int[] { 1, 3, 12, 1, 7, 2, 6, 6, 8, 8, 1, 30 });
    static final String[][] LANGUAGES = {
            { "ms", "en" }, { "km", "en" }, { "id", "en" }, { "lo", "en" }, { "ms", "en", "zh" }, { "my", "en" },
            { "en", "fil" }, { "en", "zh", "ms" }, { "th", "en" }, { "vi", "en" }, { "pt", "tet", "en" }, { "zh", "en" } };
    /** Popular terms come first and are drawn more often (Zipf-like), as in real partnering databases. */
    static final Technology[] TERMS = zipf(Technology.values(), 1.0);
    static final IsicSection[] SECTORS = weighted(new IsicSection[] { IsicSection.C, IsicSection.K, IsicSection.G,
            IsicSection.A, IsicSection.H, IsicSection.L, IsicSection.M, IsicSection.N, IsicSection.Q, IsicSection.R, IsicSection.J,
            IsicSection.D, IsicSection.F, IsicSection.P }, new int[] { 20, 18, 12, 10, 8, 6, 5, 5, 4, 4, 3, 2, 2, 1 });
    private static final SizeBand[] SIZES = weighted(SizeBand.values(), new int[] { 40, 30, 20, 10 });
    static final String[] KEYWORDS = { "iot sensors", "rice", "durian", "palm oil", "ports", "cold chain", "halal",
            "tourism", "batik", "rubber", "seafood", "ev batteries", "solar", "mobile money", "microfinance", "telemedicine",
            "e-learning", "livestreaming", "cross-border payments", "drones", "precision irrigation", "traceability", "qr codes",
            "warehouse robots", "chatbots", "computer vision", "erp", "open banking", "smart meters", "agritech" };
    private static final String[] WHAT = { "platform", "sensors", "analytics service", "marketplace", "toolkit", "gateway",
            "training programme", "pilot line", "app", "data service" };

    private final DataSource database;
    private final Clock clock;

    OpportunitySeeder(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Writes {@code count} opportunities and their enterprises; returns how many opportunities. */
    public int seed(int count, long randomSeed) {
        Random random = new Random(randomSeed);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant now = Instant.now(clock);
        int enterpriseCount = Math.max(1, count / 4);
        List<Company> companies = new ArrayList<>(enterpriseCount);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            // Into empty tables, PostgreSQL loads fastest without secondary indexes and builds them once at the end.
            List<String> indexes = emptyTables(connection) ? dropSecondaryIndexes(connection) : List.of();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int n = 0; n < enterpriseCount; n++) {
                Company company = company(random, n);
                companies.add(company);
                enterpriseRow(rows, company, now);
                if ((n + 1) % CHUNK == 0) {
                    copy(copy, "organisation", rows);
                }
            }
            copy(copy, "organisation", rows);
            for (int n = 0; n < count; n++) {
                opportunityRow(rows, random, companies.get(random.nextInt(companies.size())), n, today, now);
                if ((n + 1) % CHUNK == 0) {
                    copy(copy, "opportunity", rows);
                }
            }
            copy(copy, "opportunity", rows);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
                for (String index : indexes) {
                    statement.execute(index);
                }
            }
            connection.commit();
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Seeding failed", e);
        }
        return count;
    }

    private static boolean emptyTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM opportunity) AND NOT EXISTS (SELECT 1 FROM organisation)")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** Drops the indexes of the two tables except their primary keys; returns the statements that create them again. */
    private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                        + " AND tablename IN ('organisation', 'opportunity') AND indexname NOT LIKE '%_pkey'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
                definitions.add(rows.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX \"" + name + "\"");
            }
        }
        return definitions;
    }

    private static void copy(CopyManager copy, String table, StringBuilder rows) throws SQLException, java.io.IOException {
        copy(copy, table, table.equals("organisation") ? ENTERPRISE_COLUMNS : OPPORTUNITY_COLUMNS, rows);
    }

    /** Sends {@code rows} (tab-separated, in the order of {@code columns}) to {@code table} and empties them. */
    static void copy(CopyManager copy, String table, String columns, StringBuilder rows) throws SQLException, java.io.IOException {
        if (rows.length() > 0) {
            copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }

    private static final String ENTERPRISE_COLUMNS = "id, kind, name, party, size_band, employees, size_definition, sectors, languages,"
            + " description, contact_person, contact_email, verified, owner_client, created_by, created_at, updated_by, updated_at, version";
    private static final String OPPORTUNITY_COLUMNS = "id, enterprise_id, party, size_band, organisation_kind, languages, owner_client, type, title,"
            + " summary, technologies, keywords, sectors, target_parties, partnership_types, stage, measure, status, expires_on,"
            + " published_at, created_by, created_at, updated_by, updated_at, version";

    private record Company(UUID id, String name, Party party, SizeBand size, List<String> sectors, String[] languages) {
    }

    private static Company company(Random random, int n) {
        Party party = PARTIES[random.nextInt(PARTIES.length)];
        List<String> sectors = distinct(random, SECTORS, 1 + random.nextInt(2)).stream().map(Enum::name).toList();
        return new Company(uuid(random), party.label().split("[ ,']")[0] + " " + KEYWORDS[random.nextInt(KEYWORDS.length)]
                + " company " + n, party, SIZES[random.nextInt(SIZES.length)], sectors, LANGUAGES[party.ordinal()]);
    }

    private static void enterpriseRow(StringBuilder rows, Company c, Instant now) {
        int employees = switch (c.size) {
            case MICRO -> 1 + (Math.abs(c.id.hashCode()) % 9);
            case SMALL -> 10 + (Math.abs(c.id.hashCode()) % 40);
            case MEDIUM -> 50 + (Math.abs(c.id.hashCode()) % 150);
            case LARGE -> 200 + (Math.abs(c.id.hashCode()) % 5000);
        };
        tab(rows, c.id, OrganisationKind.ENTERPRISE, c.name, c.party, c.size, employees, c.party + " national SME definition", array(c.sectors),
                array(List.of(c.languages)), "Seeded enterprise for benchmarks and demos.", "Contact person", "contact@example.org",
                "f", OWNER, OWNER, now, OWNER, now, 0);
    }

    private static void opportunityRow(StringBuilder rows, Random random, Company c, int n, LocalDate today, Instant now) {
        OpportunityType type = OpportunityType.values()[random.nextInt(OpportunityType.values().length)];
        List<Technology> terms = distinct(random, TERMS, 1 + random.nextInt(4));
        List<String> keywords = distinct(random, KEYWORDS, random.nextInt(4));
        List<String> targets = random.nextInt(10) < 4 ? List.of()
                : distinct(random, Party.values(), 1 + random.nextInt(4)).stream().map(Enum::name).toList();
        List<String> partnerships = distinct(random, PartnershipType.values(), 1 + random.nextInt(3)).stream().map(Enum::name).toList();
        int roll = random.nextInt(100);
        String status = roll < 85 ? "PUBLISHED" : roll < 90 ? "DRAFT" : roll < 95 ? "EXPIRED" : roll < 98 ? "WITHDRAWN" : "FULFILLED";
        LocalDate published = today.minusDays(random.nextInt(365));
        LocalDate expires = status.equals("EXPIRED") ? today.minusDays(1 + random.nextInt(60)) : today.plusDays(1 + random.nextInt(365));
        String title = terms.get(0).label() + " " + WHAT[random.nextInt(WHAT.length)] + " #" + n;
        tab(rows, uuid(random), c.id, c.party, c.size, OrganisationKind.ENTERPRISE, array(List.of(c.languages)), OWNER, type, title,
                type.label() + " from a " + c.size.label().toLowerCase() + " of " + c.party.label() + ": " + title + ".",
                array(terms.stream().map(Enum::name).toList()), array(keywords), array(c.sectors), array(targets),
                array(partnerships), DevelopmentStage.values()[random.nextInt(DevelopmentStage.values().length)],
                Measure.values()[2 + random.nextInt(3)], status, expires,
                status.equals("DRAFT") ? null : published.atStartOfDay(ZoneOffset.UTC).toInstant(), OWNER, now, OWNER, now, 0);
    }

    static void tab(StringBuilder rows, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            rows.append(values[i] == null ? "\\N" : values[i].toString());
        }
        rows.append('\n');
    }

    /** A PostgreSQL array literal with every element quoted (the values hold no quotes or backslashes). */
    static String array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            literal.append(i > 0 ? ",\"" : "\"").append(values.get(i)).append('"');
        }
        return literal.append('}').toString();
    }

    static <T> List<T> distinct(Random random, T[] from, int count) {
        List<T> picked = new ArrayList<>(count);
        while (picked.size() < count) {
            T value = from[random.nextInt(from.length)];
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    static UUID uuid(Random random) {
        // Version 4, variant 1, from the seeded generator.
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] weighted(T[] values, int[] weights) {
        List<T> pool = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            for (int w = 0; w < weights[i]; w++) {
                pool.add(values[i]);
            }
        }
        return pool.toArray((T[]) java.lang.reflect.Array.newInstance(values.getClass().getComponentType(), 0));
    }

    /** Term i drawn with weight 1 / (i + 1)^s, in a pool of about 1000 draws. */
    private static Technology[] zipf(Technology[] terms, double s) {
        int[] weights = new int[terms.length];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
            norm += 1 / Math.pow(i + 1, s);
        }
        for (int i = 0; i < terms.length; i++) {
            weights[i] = Math.max(1, (int) Math.round(1000 / Math.pow(i + 1, s) / norm));
        }
        return weighted(terms, weights);
    }
}
