package org.acde.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.acde.kernel.paging.CursorCodec;
import org.acde.contracts.paging.Page;
import org.acde.contracts.problem.ProblemException;
import org.acde.testing.OidcServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Keyset paging against PostgreSQL: walking the pages gives every matching row once, in the order asked, whatever the
 * page size, with ties broken by the id; a cursor only continues the query it was issued for.
 */
@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class KeysetTest {

    private static final Keyset<Item> KEYSET = Keyset.of(Item.class)
            .field("name", "name", value -> value, item -> item.name)
            .field("position", "position", Integer::valueOf, item -> item.position)
            .id("id", UUID::fromString, item -> item.id)
            .defaultSort("position")
            .build();

    @Inject
    EntityManager em;

    @Inject
    CursorCodec cursors;

    private UUID batch;
    private List<Item> items;

    @BeforeEach
    void rows() {
        batch = UUID.randomUUID();
        // Ties on both fields; one-letter ASCII names sort the same in every collation.
        items = List.of(Item.of(batch, "c", 3), Item.of(batch, "a", 1), Item.of(batch, "b", 2), Item.of(batch, "a", 1),
                Item.of(batch, "c", 3), Item.of(batch, "b", 1), Item.of(batch, "a", 2));
        QuarkusTransaction.requiringNew().run(() -> items.forEach(item -> item.persist()));
        QuarkusTransaction.requiringNew().run(() -> Item.persist(Item.of(UUID.randomUUID(), "a", 1)));
    }

    @ParameterizedTest
    @CsvSource({ "'', 1", "'', 3", "position, 2", "-position, 2", "'name,-position', 1", "'-name,position', 3",
            "'position,name', 2", "'-position,-name', 4", "'name', 7", "'name', 8" })
    void walkingThePagesGivesEveryRowOnceInTheOrderAsked(String sort, int limit) {
        List<UUID> walked = new ArrayList<>();
        String cursor = null;
        do {
            assertThat(walked).as("a page that repeats rows never ends").hasSizeLessThanOrEqualTo(items.size());
            Page<Item> page = page(thisBatch(), sort, cursor, limit);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            assertThat(page.total()).isEqualTo(items.size());
            page.items().forEach(item -> walked.add(item.id));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(items.stream().sorted(order(sort)).map(item -> item.id).toList());
    }

    @Test
    void theFilterChoosesTheRowsAndTheirTotal() {
        Keyset.Filter ones = new Keyset.Filter("e.batch = :batch and e.position = :position",
                Map.of("batch", batch, "position", 1));
        Page<Item> page = page(ones, "name", null, 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(item -> item.name).containsExactly("a", "a");
        assertThat(page(ones, "name", page.nextCursor(), 2).items()).extracting(item -> item.name).containsExactly("b");
    }

    @Test
    void aSliceIsAPageWithoutItsTotal() {
        Page<Item> page = page(thisBatch(), "name", null, 3);
        Page<Item> slice = QuarkusTransaction.requiringNew().call(() -> KEYSET.slice(em, cursors, thisBatch(),
                KEYSET.sort("name"), null, 3));
        assertThat(slice.total()).isEqualTo(-1);
        assertThat(slice.items()).extracting(item -> item.id).isEqualTo(page.items().stream().map(item -> item.id).toList());
        assertThat(slice.nextCursor()).isEqualTo(page.nextCursor());
    }

    @Test
    void aCursorContinuesOnlyTheQueryItWasIssuedFor() {
        String cursor = page(thisBatch(), "name", null, 2).nextCursor();
        Keyset.Filter otherBatch = new Keyset.Filter("e.batch = :batch", Map.of("batch", UUID.randomUUID()));

        assertThat(page(thisBatch(), "name", cursor, 2).items()).hasSize(2);
        assertThatThrownBy(() -> page(thisBatch(), "-name", cursor, 2)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("not a cursor issued for this query");
        assertThatThrownBy(() -> page(otherBatch, "name", cursor, 2)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("not a cursor issued for this query");
        assertThatThrownBy(() -> page(thisBatch(), "name", cursor.substring(1), 2)).isInstanceOf(ProblemException.class);
    }

    private Keyset.Filter thisBatch() {
        return new Keyset.Filter("e.batch = :batch", Map.of("batch", batch));
    }

    private Page<Item> page(Keyset.Filter filter, String sort, String cursor, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> KEYSET.page(em, cursors, filter, KEYSET.sort(sort), cursor,
                limit));
    }

    /**
     * The order PostgreSQL gives: the sort fields, then the id. A UUID's canonical text sorts like PostgreSQL compares
     * uuids (bytes, unsigned), which {@link UUID#compareTo} does not.
     */
    private static Comparator<Item> order(String sort) {
        Comparator<Item> order = (a, b) -> 0;
        for (String field : (sort.isEmpty() ? "position" : sort).split(",")) {
            boolean descending = field.startsWith("-");
            Comparator<Item> key = switch (field.replace("-", "")) {
                case "name" -> Comparator.comparing(item -> item.name);
                case "position" -> Comparator.comparingInt(item -> item.position);
                default -> throw new IllegalArgumentException(field);
            };
            order = order.thenComparing(descending ? key.reversed() : key);
        }
        return order.thenComparing(item -> item.id.toString());
    }
}
