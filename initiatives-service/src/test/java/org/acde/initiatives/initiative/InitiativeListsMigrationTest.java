package org.acde.initiatives.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.acde.testing.MigrationSchema;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * V11 moves an initiative's participating parties and tags from their tables to arrays on the row, V12 its sub-areas
 * and mechanisms from JSON columns to arrays, and both keep the old storage in step while the previous version still
 * runs: an initiative that version wrote before the upgrade is copied, what it writes afterwards shows in the arrays,
 * and what this version writes (the arrays) shows in the old storage.
 */
@QuarkusTest
class InitiativeListsMigrationTest {

    private static final UUID BEFORE = UUID.fromString("7f2e3c74-8b20-4e79-9f30-5c9d2e4a0001");
    private static final UUID AFTER = UUID.fromString("7f2e3c74-8b20-4e79-9f30-5c9d2e4a0002");
    private static final String INITIATIVE = """
            INSERT INTO initiative (id, code, title, summary, measure, sub_areas, lead_party, organisations, mechanisms,
                documents, status, created_by, created_at, updated_by, updated_at, version, party_mask)
            VALUES ('%s', '%s', 'Cross-border e-invoicing', 'Pilot.', 'II', '["FIVE_G"]', 'VN', '[]', '["ACDMM"]', '[]', 'PROPOSED',
                'agency-vn-demo', '2026-10-01T08:00:00Z', 'agency-vn-demo', '2026-10-01T08:00:00Z', 0, 0)""";

    @Test
    void theTablesOfThePreviousVersionAndTheArraysStayEqual() {
        MigrationSchema schema = MigrationSchema.at("migration_initiative_lists", "10");
        schema.execute(INITIATIVE.formatted(BEFORE, "ACI-2026-1"));
        schema.execute("INSERT INTO initiative_party VALUES ('%1$s', 'VN'), ('%1$s', 'CN')".formatted(BEFORE));
        schema.execute("INSERT INTO initiative_tag VALUES ('%1$s', 0, 'mekong'), ('%1$s', 1, 'e-invoicing')".formatted(BEFORE));

        schema.migrateTo("14"); // V14 moves the update side of V12's JSON copy to an AFTER trigger

        assertThat(array(schema, "participating_parties", BEFORE)).containsExactly("CN", "VN");
        assertThat(array(schema, "tags", BEFORE)).containsExactly("mekong", "e-invoicing");
        assertThat(array(schema, "sub_area_codes", BEFORE)).containsExactly("FIVE_G");
        assertThat(array(schema, "mechanism_names", BEFORE)).containsExactly("ACDMM");

        // The previous version, as Hibernate writes its element collections: the row, then the tables' rows.
        schema.execute(INITIATIVE.formatted(AFTER, "ACI-2026-2"));
        schema.execute("INSERT INTO initiative_party VALUES ('%1$s', 'TH'), ('%1$s', 'LA')".formatted(AFTER));
        schema.execute("INSERT INTO initiative_tag VALUES ('%1$s', 0, 'rail'), ('%1$s', 1, 'trade')".formatted(AFTER));
        schema.execute("DELETE FROM initiative_tag WHERE initiative_id = '%s' AND position = 1".formatted(AFTER));
        schema.execute("UPDATE initiative_tag SET tag = 'railways' WHERE initiative_id = '%s' AND position = 0".formatted(AFTER));
        assertThat(array(schema, "participating_parties", AFTER)).containsExactly("LA", "TH");
        assertThat(array(schema, "tags", AFTER)).containsExactly("railways");
        schema.execute("UPDATE initiative SET sub_areas = '[\"DATA\", \"FIVE_G\"]', mechanisms = '[]' WHERE id = '%s'".formatted(AFTER));
        assertThat(array(schema, "sub_area_codes", AFTER)).containsExactly("DATA", "FIVE_G");
        assertThat(array(schema, "mechanism_names", AFTER)).isEmpty();

        // This version writes the arrays; the previous one reads the tables.
        schema.execute("UPDATE initiative SET participating_parties = '{VN,KH}', tags = '{trade,mekong}', sub_area_codes = '{DATA}',"
                + " mechanism_names = '{ACDMM,SOM}' WHERE id = '%s'".formatted(BEFORE));
        assertThat(schema.strings("SELECT party FROM initiative_party WHERE initiative_id = '%s' ORDER BY party".formatted(BEFORE)))
                .containsExactly("KH", "VN");
        assertThat(schema.strings("SELECT tag FROM initiative_tag WHERE initiative_id = '%s' ORDER BY position".formatted(BEFORE)))
                .containsExactly("trade", "mekong");
        assertThat(schema.strings("SELECT sub_areas FROM initiative WHERE id = '%s'".formatted(BEFORE))).containsExactly("[\"DATA\"]");
        assertThat(schema.strings("SELECT mechanisms FROM initiative WHERE id = '%s'".formatted(BEFORE)))
                .containsExactly("[\"ACDMM\", \"SOM\"]");
        schema.drop();
    }

    @Test
    void anInitiativeThisVersionWritesIsInTheStorageOfThePreviousOne() {
        String tag = Fixtures.uniqueTag();
        String id = Fixtures.created(Fixtures.initiative("VN", tag, "TH"));

        MigrationSchema current = MigrationSchema.current();
        assertThat(current.strings("SELECT party FROM initiative_party WHERE initiative_id = '%s' ORDER BY party".formatted(id)))
                .containsExactly("TH", "VN");
        assertThat(current.strings("SELECT tag FROM initiative_tag WHERE initiative_id = '%s' ORDER BY position".formatted(id)))
                .containsExactly(tag, "ports");
        assertThat(current.strings("SELECT sub_areas FROM initiative WHERE id = '%s'".formatted(id)))
                .containsExactly("[\"FIVE_G\", \"DIGITAL_TRADE_PILOTS\"]");
        assertThat(current.strings("SELECT mechanisms FROM initiative WHERE id = '%s'".formatted(id)))
                .containsExactly("[\"ASEAN-China Digital Ministers' Meeting\"]");
    }

    private static List<String> array(MigrationSchema schema, String column, UUID initiative) {
        return schema.strings("SELECT unnest(" + column + ") FROM initiative WHERE id = '" + initiative + "'");
    }
}
