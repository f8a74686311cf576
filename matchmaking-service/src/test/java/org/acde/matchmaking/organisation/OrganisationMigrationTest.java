package org.acde.matchmaking.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.acde.contracts.matchmaking.Contact;
import org.acde.contracts.matchmaking.EnterpriseView;
import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.contracts.matchmaking.OrganisationView;
import org.acde.contracts.matchmaking.SizeBand;
import org.acde.contracts.matchmaking.SizeBasis;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Party;
import org.acde.contracts.types.Money;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * V4 on data written by the version before it: a schema of its own is migrated to V3, given an enterprise, its
 * opportunity and an accepted interest as that version's code writes them, then migrated to V4. Every column keeps
 * its value, the enterprise becomes an organisation of kind ENTERPRISE, and the entity and mapper of this version
 * read it back as the same enterprise.
 */
@QuarkusTest
class OrganisationMigrationTest {

    private static final String SCHEMA = "migration_v4";
    private static final UUID ENTERPRISE = UUID.fromString("0b6c0d7e-8a51-4e0e-9d1c-2f1d1c3a0001");
    private static final UUID OTHER = UUID.fromString("0b6c0d7e-8a51-4e0e-9d1c-2f1d1c3a0002");
    private static final UUID OPPORTUNITY = UUID.fromString("0b6c0d7e-8a51-4e0e-9d1c-2f1d1c3a0003");
    private static final UUID INTEREST = UUID.fromString("0b6c0d7e-8a51-4e0e-9d1c-2f1d1c3a0004");

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Inject
    EntityManager em;

    @Test
    void existingEnterprisesBecomeOrganisationsOfKindEnterpriseWithoutLoss() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        flyway("3").migrate();
        // As the V3 code writes them (the entity's columns, what OpportunitySeeder copies and the services persist).
        execute("""
                INSERT INTO enterprise (id, name, party, registration_id, size_band, employees, annual_turnover_amount,
                    annual_turnover_currency, size_definition, sectors, languages, website, description, contact_person,
                    contact_email, contact_phone, verified, verified_by, verified_at, owner_client, created_by, created_at,
                    updated_by, updated_at, version)
                VALUES ('%s', 'Mekong Agritech JSC', 'VN', 'VN-ERC-0312345678', 'SMALL', 42, 38000000000.00, 'VND',
                    'VN Decree 80/2021/ND-CP', '{A,C}', '{vi,en}', 'https://mekongagritech.vn',
                    'Soil sensors for smallholder rice farmers.', 'Nguyen Thi Lan', 'lan@example.vn', '+84 24 1234 5678',
                    true, 'agency-vn-demo', '2026-11-02T08:00:00Z', 'partner-vn-demo', 'partner-vn-demo',
                    '2026-11-01T08:00:00Z', 'agency-vn-demo', '2026-11-02T08:00:00Z', 1),
                    ('%s', 'Guangxi Smart Farming Co.', 'CN', null, 'MICRO', null, null, null, 'CN SME classification 2011',
                    '{A}', '{zh-Hans}', null, 'Farm robots.', 'Li Wei', 'li@example.cn', null, false, null, null,
                    'user:4f1c', 'Li Wei via partner-cn-portal', '2026-11-01T09:00:00Z', 'Li Wei via partner-cn-portal',
                    '2026-11-01T09:00:00Z', 0)""".formatted(ENTERPRISE, OTHER));
        execute("""
                INSERT INTO opportunity (id, enterprise_id, party, size_band, languages, owner_client, type, title, summary,
                    technologies, keywords, sectors, target_parties, partnership_types, stage, measure, status, expires_on,
                    published_at, created_by, created_at, updated_by, updated_at, version, title_language)
                VALUES ('%s', '%s', 'VN', 'SMALL', '{vi,en}', 'partner-vn-demo', 'TECHNOLOGY_OFFER', 'IoT soil sensors',
                    'Sensors and an app.', '{INTERNET_OF_THINGS,SMART_AGRICULTURE}', '{rice}', '{A}', '{}', '{LICENSING}',
                    'ON_THE_MARKET', 'IV', 'PUBLISHED', '2027-06-30', '2026-11-03T08:00:00Z', 'partner-vn-demo',
                    '2026-11-03T08:00:00Z', 'partner-vn-demo', '2026-11-03T08:00:00Z', 1, 'en')""".formatted(OPPORTUNITY, ENTERPRISE));
        execute("""
                INSERT INTO interest (id, opportunity_id, enterprise_id, opportunity_enterprise_id, opportunity_owner,
                    interested_owner, message, partnership_type, status, expires_at, decided_at, accepted_at, created_by,
                    created_at, updated_by, updated_at, version)
                VALUES ('%s', '%s', '%s', '%s', 'partner-vn-demo', 'user:4f1c', 'We would distribute them.', 'LICENSING',
                    'ACCEPTED', '2026-12-03T08:00:00Z', '2026-11-05T08:00:00Z', '2026-11-05T08:00:00Z', 'Li Wei',
                    '2026-11-04T08:00:00Z', 'partner-vn-demo', '2026-11-05T08:00:00Z', 1)""".formatted(INTEREST, OPPORTUNITY, OTHER, ENTERPRISE));
        List<Map<String, Object>> enterprises = rows("SELECT * FROM enterprise ORDER BY id");
        List<Map<String, Object>> opportunities = rows("SELECT * FROM opportunity ORDER BY id");
        List<Map<String, Object>> interests = rows("SELECT * FROM interest ORDER BY id");

        flyway("4").migrate();

        assertThat(flyway("4").info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("4"));
        List<Map<String, Object>> organisations = rows("SELECT * FROM organisation ORDER BY id");
        assertThat(organisations).hasSize(2);
        for (int i = 0; i < organisations.size(); i++) {
            Map<String, Object> after = organisations.get(i);
            assertThat(after).containsAllEntriesOf(enterprises.get(i));
            assertThat(after).containsEntry("kind", "ENTERPRISE").containsEntry("government_level", null).containsEntry("member_count", null);
        }
        List<Map<String, Object>> opportunitiesAfter = rows("SELECT * FROM opportunity ORDER BY id");
        assertThat(opportunitiesAfter.get(0)).containsAllEntriesOf(opportunities.get(0)).containsEntry("organisation_kind", "ENTERPRISE");
        assertThat(rows("SELECT * FROM interest ORDER BY id")).isEqualTo(interests);

        // Read as this version reads it: the entity and the mapper, as /api/v1/organisations and /api/v1/enterprises answer.
        Organisation read = QuarkusTransaction.requiringNew().call(() -> {
            Organisation entity = (Organisation) em.createNativeQuery("SELECT * FROM " + SCHEMA + ".organisation WHERE id = ?1",
                    Organisation.class).setParameter(1, ENTERPRISE).getSingleResult();
            em.detach(entity);
            return entity;
        });
        OrganisationView organisation = OrganisationMapper.toView(read, true);
        assertThat(organisation.kind()).isEqualTo(OrganisationKind.ENTERPRISE);
        assertThat(organisation.governmentLevel()).isNull();
        assertThat(organisation.memberCount()).isNull();
        assertThat(read.version).isEqualTo(1);
        assertThat(OrganisationMapper.toEnterpriseView(organisation)).isEqualTo(new EnterpriseView(ENTERPRISE,
                "Mekong Agritech JSC", Party.VN, "VN-ERC-0312345678", SizeBand.SMALL,
                new SizeBasis(42, Money.of(new BigDecimal("38000000000.00"), "VND"), "VN Decree 80/2021/ND-CP"),
                List.of(IsicSection.A, IsicSection.C), List.of("vi", "en"), "https://mekongagritech.vn",
                "Soil sensors for smallholder rice farmers.", new Contact("Nguyen Thi Lan", "lan@example.vn", "+84 24 1234 5678"),
                true, "agency-vn-demo", Instant.parse("2026-11-02T08:00:00Z"), "partner-vn-demo",
                Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-11-02T08:00:00Z")));
        execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }

    /**
     * This service's migrations (and the platform's) in a schema of their own, up to {@code target}, on connections of
     * their own: the service's pool never sees the schema.
     */
    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, username, password).schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/platform").outOfOrder(true)
                .target(MigrationVersion.fromVersion(target)).load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + SCHEMA);
            statement.execute(sql);
        }
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + SCHEMA);
            try (ResultSet result = statement.executeQuery(sql)) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new java.util.ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = result.getObject(c);
                        row.put(meta.getColumnName(c), value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
