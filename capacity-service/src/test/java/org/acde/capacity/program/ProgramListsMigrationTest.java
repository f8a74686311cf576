package org.acde.capacity.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.acde.capacity.Fixtures;
import org.acde.testing.MigrationSchema;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * V5 moves a program's topics and audiences from their tables to arrays on the row, V6 its languages from a JSON column
 * to an array, and both keep the old storage in step while the previous version still runs: a program that version
 * wrote before the upgrade is copied, what it writes afterwards shows in the arrays, and what this version writes (the
 * arrays) shows in the old storage.
 */
@QuarkusTest
class ProgramListsMigrationTest {

    private static final UUID BEFORE = UUID.fromString("5d0c1a52-6f0e-4c57-9d1e-3a7b0c2e0001");
    private static final UUID AFTER = UUID.fromString("5d0c1a52-6f0e-4c57-9d1e-3a7b0c2e0002");
    private static final String PROGRAM = """
            INSERT INTO program (id, title, description, measure, provider_party, provider_organisation, delivery, languages,
                status, created_by, created_at, updated_by, updated_at, version)
            VALUES ('%s', 'AI governance', 'Principles.', 'VI', 'VN', 'Academy', 'HYBRID', '["en", "vi"]', 'DRAFT', 'partner-vn-demo',
                '2026-11-01T08:00:00Z', 'partner-vn-demo', '2026-11-01T08:00:00Z', 0)""";

    @Test
    void theTablesOfThePreviousVersionAndTheArraysStayEqual() {
        MigrationSchema schema = MigrationSchema.at("migration_program_lists", "4");
        schema.execute(PROGRAM.formatted(BEFORE));
        schema.execute("INSERT INTO program_topic VALUES ('%1$s', 0, 'DATA'), ('%1$s', 1, 'AI_GOVERNANCE');".formatted(BEFORE)
                + "INSERT INTO program_audience VALUES ('%1$s', 0, 'OFFICIALS')".formatted(BEFORE));

        schema.migrateTo("6");

        assertThat(array(schema, "topics", BEFORE)).containsExactly("DATA", "AI_GOVERNANCE");
        assertThat(array(schema, "audiences", BEFORE)).containsExactly("OFFICIALS");
        assertThat(array(schema, "language_tags", BEFORE)).containsExactly("en", "vi");

        // The previous version, as Hibernate writes its element collections: the row, then one row per position.
        schema.execute(PROGRAM.formatted(AFTER));
        schema.execute("INSERT INTO program_topic VALUES ('%1$s', 0, 'ECOMMERCE_FOR_MSMES'), ('%1$s', 1, 'DATA')".formatted(AFTER));
        schema.execute("INSERT INTO program_audience VALUES ('%1$s', 0, 'MANAGERS')".formatted(AFTER));
        assertThat(array(schema, "topics", AFTER)).containsExactly("ECOMMERCE_FOR_MSMES", "DATA");
        schema.execute("UPDATE program_topic SET topic = 'DIGITAL_LITERACY' WHERE program_id = '%s' AND position = 1".formatted(AFTER));
        schema.execute("DELETE FROM program_audience WHERE program_id = '%s'".formatted(AFTER));
        assertThat(array(schema, "topics", AFTER)).containsExactly("ECOMMERCE_FOR_MSMES", "DIGITAL_LITERACY");
        assertThat(array(schema, "audiences", AFTER)).isEmpty();
        assertThat(array(schema, "language_tags", AFTER)).containsExactly("en", "vi");
        schema.execute("UPDATE program SET languages = '[\"th\", \"zh-Hant\"]' WHERE id = '%s'".formatted(AFTER));
        assertThat(array(schema, "language_tags", AFTER)).containsExactly("th", "zh-Hant");

        // This version writes the arrays; the previous one reads the tables.
        schema.execute("UPDATE program SET topics = '{DATA}', audiences = '{OFFICIALS,MANAGERS}', language_tags = '{lo,en}' WHERE id = '%s'"
                .formatted(BEFORE));
        assertThat(schema.strings("SELECT topic FROM program_topic WHERE program_id = '%s' ORDER BY position".formatted(BEFORE)))
                .containsExactly("DATA");
        assertThat(schema.strings("SELECT audience FROM program_audience WHERE program_id = '%s' ORDER BY position".formatted(BEFORE)))
                .containsExactly("OFFICIALS", "MANAGERS");
        assertThat(schema.strings("SELECT languages FROM program WHERE id = '%s'".formatted(BEFORE))).containsExactly("[\"lo\", \"en\"]");
        schema.drop();
    }

    @Test
    void aProgramThisVersionWritesIsInTheStorageOfThePreviousOne() {
        String id = Fixtures.createProgram(Tokens.partner("VN"), Fixtures.program("VN")).then().statusCode(201).extract().path("id");
        MigrationSchema current = MigrationSchema.current();

        assertThat(current.strings("SELECT topic FROM program_topic WHERE program_id = '%s' ORDER BY position".formatted(id)))
                .containsExactly("AI_GOVERNANCE", "DATA");
        assertThat(current.strings("SELECT audience FROM program_audience WHERE program_id = '%s' ORDER BY position".formatted(id)))
                .containsExactly("OFFICIALS", "MANAGERS");
        assertThat(current.strings("SELECT languages FROM program WHERE id = '%s'".formatted(id))).containsExactly("[\"en\", \"vi\"]");
    }

    private static List<String> array(MigrationSchema schema, String column, UUID program) {
        return schema.strings("SELECT unnest(" + column + ") FROM program WHERE id = '" + program + "'");
    }
}
