package org.acde.initiatives.library;

import static org.acde.initiatives.library.LibraryFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.initiatives.initiative.Fixtures;
import org.acde.testing.MigrationSchema;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * V13 moves a library item's related initiatives from their table to a uuid[] column, its sub-areas and parties from
 * JSON columns to varchar[] columns, and keeps the old storage in step while the previous version still runs: an item
 * that version wrote before the upgrade is copied, what it writes afterwards shows in the arrays, what this version
 * writes (the arrays) shows in the old storage, and library_item_terms (V9) follows both.
 */
@QuarkusTest
class LibraryListsMigrationTest {

    private static final UUID BEFORE = UUID.fromString("5d1c0b2e-4a6f-4f0e-9c7d-3b8a1e2f0001");
    private static final UUID AFTER = UUID.fromString("5d1c0b2e-4a6f-4f0e-9c7d-3b8a1e2f0002");
    private static final UUID PORTS = UUID.fromString("5d1c0b2e-4a6f-4f0e-9c7d-3b8a1e2f1001");
    private static final UUID RAIL = UUID.fromString("5d1c0b2e-4a6f-4f0e-9c7d-3b8a1e2f1002");
    private static final String INITIATIVE = """
            INSERT INTO initiative (id, code, title, summary, measure, sub_areas, lead_party, organisations, mechanisms,
                documents, status, created_by, created_at, updated_by, updated_at, version, party_mask)
            VALUES ('%s', '%s', 'Smart ports', 'Pilot.', 'III', '[]', 'VN', '[]', '[]', '[]', 'PROPOSED',
                'agency-vn-demo', '2026-10-01T08:00:00Z', 'agency-vn-demo', '2026-10-01T08:00:00Z', 0, 0)""";
    private static final String ITEM = """
            INSERT INTO library_item (id, title, summary, document_type, measure, sub_areas, parties, party_mask,
                language, publication_date, url, status, created_by, created_at, updated_by, updated_at, version)
            VALUES ('%s', 'Port data guideline', 'How ports share data.', 'GUIDELINE', 'III', '["FIVE_G"]',
                '["KH", "VN"]', 514, 'en', '2026-01-31', 'https://example.org/g.pdf', 'DRAFT',
                'agency-vn-demo', '2026-10-01T08:00:00Z', 'agency-vn-demo', '2026-10-01T08:00:00Z', 0)""";

    @Test
    void theStorageOfThePreviousVersionAndTheArraysStayEqual() {
        MigrationSchema schema = MigrationSchema.at("migration_library_lists", "12");
        schema.execute(INITIATIVE.formatted(PORTS, "ACI-2026-1"));
        schema.execute(INITIATIVE.formatted(RAIL, "ACI-2026-2"));
        schema.execute(ITEM.formatted(BEFORE));
        schema.execute("INSERT INTO library_item_initiative VALUES ('%s', '%s')".formatted(BEFORE, PORTS));

        schema.migrateTo("13");

        assertThat(array(schema, "library_item", "related_initiatives", BEFORE)).containsExactly(PORTS.toString());
        assertThat(array(schema, "library_item", "sub_area_codes", BEFORE)).containsExactly("FIVE_G");
        assertThat(array(schema, "library_item", "party_codes", BEFORE)).containsExactly("KH", "VN");
        assertThat(array(schema, "library_item_terms", "related_initiatives", BEFORE)).containsExactly(PORTS.toString());
        assertThat(array(schema, "library_item_terms", "sub_area_codes", BEFORE)).containsExactly("FIVE_G");

        // The previous version, as Hibernate writes its element collection: the row, then the table's rows.
        schema.execute(ITEM.formatted(AFTER));
        schema.execute("INSERT INTO library_item_initiative VALUES ('%1$s', '%2$s'), ('%1$s', '%3$s')".formatted(AFTER, PORTS, RAIL));
        schema.execute("DELETE FROM library_item_initiative WHERE item_id = '%s' AND initiative_id = '%s'".formatted(AFTER, PORTS));
        schema.execute("UPDATE library_item SET sub_areas = '[\"AI_GOVERNANCE\", \"FIVE_G\"]', parties = '[\"TH\"]' WHERE id = '%s'"
                .formatted(AFTER));
        assertThat(array(schema, "library_item", "related_initiatives", AFTER)).containsExactly(RAIL.toString());
        assertThat(array(schema, "library_item", "sub_area_codes", AFTER)).containsExactly("AI_GOVERNANCE", "FIVE_G");
        assertThat(array(schema, "library_item", "party_codes", AFTER)).containsExactly("TH");
        assertThat(array(schema, "library_item_terms", "related_initiatives", AFTER)).containsExactly(RAIL.toString());
        assertThat(array(schema, "library_item_terms", "sub_area_codes", AFTER)).containsExactly("AI_GOVERNANCE", "FIVE_G");

        // This version writes the arrays; the previous one reads the table, the JSON and the terms' JSON.
        schema.execute("UPDATE library_item SET related_initiatives = '{%s,%s}', sub_area_codes = '{CLOUD_COMPUTING}',"
                .formatted(RAIL, PORTS) + " party_codes = '{VN}' WHERE id = '%s'".formatted(BEFORE));
        assertThat(schema.strings("SELECT initiative_id FROM library_item_initiative WHERE item_id = '%s' ORDER BY initiative_id"
                .formatted(BEFORE))).containsExactly(PORTS.toString(), RAIL.toString());
        assertThat(schema.strings("SELECT sub_areas FROM library_item WHERE id = '%s'".formatted(BEFORE)))
                .containsExactly("[\"CLOUD_COMPUTING\"]");
        assertThat(schema.strings("SELECT parties FROM library_item WHERE id = '%s'".formatted(BEFORE))).containsExactly("[\"VN\"]");
        assertThat(schema.strings("SELECT sub_areas FROM library_item_terms WHERE id = '%s'".formatted(BEFORE)))
                .containsExactly("[\"CLOUD_COMPUTING\"]");
        assertThat(array(schema, "library_item_terms", "related_initiatives", BEFORE)).containsExactly(RAIL.toString(), PORTS.toString());

        // A deleted proposal drops out of the items that named it, in both storages.
        schema.execute("DELETE FROM initiative WHERE id = '%s'".formatted(RAIL));
        assertThat(array(schema, "library_item", "related_initiatives", BEFORE)).containsExactly(PORTS.toString());
        assertThat(array(schema, "library_item", "related_initiatives", AFTER)).isEmpty();
        assertThat(array(schema, "library_item_terms", "related_initiatives", BEFORE)).containsExactly(PORTS.toString());
        assertThat(schema.strings("SELECT initiative_id FROM library_item_initiative WHERE item_id IN ('%s', '%s')"
                .formatted(BEFORE, AFTER))).containsExactly(PORTS.toString());
        schema.drop();
    }

    @Test
    void anItemThisVersionWritesIsInTheStorageOfThePreviousOne() {
        String initiative = Fixtures.created(Fixtures.initiative("VN", Fixtures.uniqueTag()));
        Map<String, Object> body = item("VN", "migration" + UUID.randomUUID().toString().substring(0, 8), "KH");
        body.put("relatedInitiatives", List.of(initiative));
        String id = LibraryFixtures.created(body);

        MigrationSchema current = MigrationSchema.current();
        assertThat(current.strings("SELECT initiative_id FROM library_item_initiative WHERE item_id = '%s'".formatted(id)))
                .containsExactly(initiative);
        assertThat(current.strings("SELECT sub_areas FROM library_item WHERE id = '%s'".formatted(id)))
                .containsExactly("[\"TRUSTED_DIGITAL_ECOSYSTEM\"]");
        assertThat(current.strings("SELECT parties FROM library_item WHERE id = '%s'".formatted(id))).containsExactly("[\"KH\", \"VN\"]");
        assertThat(current.strings("SELECT sub_areas FROM library_item_terms WHERE id = '%s'".formatted(id)))
                .containsExactly("[\"TRUSTED_DIGITAL_ECOSYSTEM\"]");
    }

    private static List<String> array(MigrationSchema schema, String table, String column, UUID item) {
        return schema.strings("SELECT unnest(" + column + ") FROM " + table + " WHERE id = '" + item + "'");
    }
}
