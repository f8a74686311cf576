package org.acde.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.acde.testing.OidcServer;
import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.jackson.JsonFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An event is recorded with its change, in the change's transaction, as a CloudEvent; the relay is off here. */
@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class OutboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Inject
    OutboxPurge purge;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEventExistsExactlyWhenItsChangeCommits() {
        long before = OutboxRows.last(dataSource);
        Note kept = Note.of("kept");
        Note rolledBack = Note.of("rolled back");

        write(kept);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            rolledBack.persist();
            outbox.record(rolledBack.written());
            throw new IllegalStateException("the change fails after its event was recorded");
        })).isInstanceOf(IllegalStateException.class);

        List<Row> rows = OutboxRows.since(dataSource, before);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.aggregateType()).isEqualTo("note");
            assertThat(row.aggregateId()).isEqualTo(kept.id.toString());
            assertThat(row.type()).isEqualTo("org.acde.platform.note.written");
            assertThat(row.subject()).isEqualTo("/api/v1/notes/" + kept.id);
            assertThat(row.parties()).containsExactly("CN", "VN");
            assertThat(row.audience()).containsExactly("agency:CN", "agency:VN");
            assertThat(row.publishedAt()).isNull();
        });
        assertThat(QuarkusTransaction.requiringNew().<Note>call(() -> Note.findById(rolledBack.id))).isNull();
        assertThat(QuarkusTransaction.requiringNew().<Note>call(() -> Note.findById(kept.id))).isNotNull();
    }

    @Test
    void thePayloadIsTheCloudEventInJson() throws Exception {
        long before = OutboxRows.last(dataSource);
        Note note = Note.of("a note");
        write(note);

        Row row = OutboxRows.since(dataSource, before).get(0);
        CloudEvent event = new JsonFormat().deserialize(JSON.writeValueAsBytes(row.event()));
        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getId()).isEqualTo(row.id().toString());
        assertThat(event.getSource()).isEqualTo(URI.create("urn:acde:platform-tests"));
        assertThat(event.getType()).isEqualTo("org.acde.platform.note.written");
        assertThat(event.getSubject()).isEqualTo("/api/v1/notes/" + note.id);
        assertThat(event.getTime().toInstant()).isEqualTo(row.occurredAt());
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(JSON.readTree(event.getData().toBytes()))
                .isEqualTo(JSON.createObjectNode().put("id", note.id.toString()).put("text", "a note"));
    }

    @Test
    void recordingOutsideATransactionFails() {
        long before = OutboxRows.last(dataSource);
        assertThatThrownBy(() -> outbox.record(Note.of("no transaction").written()))
                .isInstanceOf(TransactionalException.class);
        assertThat(OutboxRows.since(dataSource, before)).isEmpty();
    }

    @Test
    void withTheRelayOffRowsArePurgedByTheirAge() throws SQLException {
        long before = OutboxRows.last(dataSource);
        Note old = Note.of("eight days old");
        Note recent = Note.of("six days old");
        write(old);
        write(recent);
        age(old.id, "occurred_at", 8);
        age(recent.id, "occurred_at", 6);

        purge.purge();

        assertThat(OutboxRows.since(dataSource, before)).extracting(Row::aggregateId)
                .containsExactly(recent.id.toString());
    }

    private void write(Note note) {
        QuarkusTransaction.requiringNew().run(() -> {
            note.persist();
            outbox.record(note.written());
        });
    }

    /** Moves a note's event's {@code column} {@code days} into the past. */
    void age(UUID note, String column, int days) throws SQLException {
        try (var connection = dataSource.getConnection(); var update = connection.prepareStatement(
                "update outbox set " + column + " = now() - make_interval(days => ?) where aggregateid = ?")) {
            update.setInt(1, days);
            update.setString(2, note.toString());
            assertThat(update.executeUpdate()).isOne();
        }
    }
}
