package org.acde.initiatives.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.acde.testing.MigrationSchema;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * V10 moves a dialogue's parties from the table dialogue_party to an array on the row, and keeps both in step while
 * the previous version still runs: a dialogue that version wrote before the upgrade is copied, what it writes
 * afterwards (the table) shows in the array, and what this version writes (the array) shows in the table.
 */
@QuarkusTest
class DialogueListsMigrationTest {

    private static final UUID BEFORE = UUID.fromString("6e1d2b63-7a1f-4d68-8e2f-4b8c1d3f0001");
    private static final UUID AFTER = UUID.fromString("6e1d2b63-7a1f-4d68-8e2f-4b8c1d3f0002");
    private static final String DIALOGUE = """
            INSERT INTO dialogue (id, kind, title, start_date, end_date, place, online, host_party, agenda, created_by,
                created_at, updated_by, updated_at, version)
            VALUES ('%s', 'MINISTERIAL_MEETING', 'Ministerial meeting', '2026-11-01', '2026-11-02', 'Hanoi', false, 'VN', '[]',
                'agency-vn-demo', '2026-10-01T08:00:00Z', 'agency-vn-demo', '2026-10-01T08:00:00Z', 0)""";

    @Test
    void theTableOfThePreviousVersionAndTheArrayStayEqual() {
        MigrationSchema schema = MigrationSchema.at("migration_dialogue_lists", "9");
        schema.execute(DIALOGUE.formatted(BEFORE));
        schema.execute("INSERT INTO dialogue_party VALUES ('%1$s', 'VN'), ('%1$s', 'CN')".formatted(BEFORE));

        schema.migrateTo("10");

        assertThat(parties(schema, BEFORE)).containsExactly("CN", "VN");

        // The previous version, as Hibernate writes its element collection: the row, then one row per party.
        schema.execute(DIALOGUE.formatted(AFTER));
        schema.execute("INSERT INTO dialogue_party VALUES ('%1$s', 'VN'), ('%1$s', 'TH')".formatted(AFTER));
        assertThat(parties(schema, AFTER)).containsExactly("TH", "VN");
        schema.execute("DELETE FROM dialogue_party WHERE dialogue_id = '%s' AND party = 'TH'".formatted(AFTER));
        assertThat(parties(schema, AFTER)).containsExactly("VN");

        // This version writes the array; the previous one reads the table.
        schema.execute("UPDATE dialogue SET participating_parties = '{VN,LA,KH}' WHERE id = '%s'".formatted(BEFORE));
        assertThat(schema.strings("SELECT party FROM dialogue_party WHERE dialogue_id = '%s' ORDER BY party".formatted(BEFORE)))
                .containsExactly("KH", "LA", "VN");
        schema.drop();
    }

    @Test
    void aDialogueThisVersionWritesIsInTheTableOfThePreviousOne() {
        String id = Dialogues.created(Dialogues.dialogue("VN", "Senior officials " + UUID.randomUUID(), 3, "LA", "CN"));

        assertThat(MigrationSchema.current().strings("SELECT party FROM dialogue_party WHERE dialogue_id = '%s' ORDER BY party"
                .formatted(id))).containsExactly("CN", "LA", "VN");
    }

    private static List<String> parties(MigrationSchema schema, UUID dialogue) {
        return schema.strings("SELECT unnest(participating_parties) FROM dialogue WHERE id = '" + dialogue + "'");
    }
}
