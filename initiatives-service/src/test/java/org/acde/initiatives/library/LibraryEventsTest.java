package org.acde.initiatives.library;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.Outboxes.assertDataIsTheView;
import static org.acde.initiatives.Outboxes.assertEvent;
import static org.acde.initiatives.Outboxes.assertNothingSince;
import static org.acde.initiatives.Outboxes.mark;
import static org.acde.initiatives.Outboxes.single;
import static org.acde.initiatives.library.LibraryFixtures.ITEMS;
import static org.acde.initiatives.library.LibraryFixtures.create;
import static org.acde.initiatives.library.LibraryFixtures.created;
import static org.acde.initiatives.library.LibraryFixtures.etag;
import static org.acde.initiatives.library.LibraryFixtures.item;
import static org.acde.initiatives.library.LibraryFixtures.transition;
import static org.acde.initiatives.library.LibraryFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.initiatives.initiative.Fixtures;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every change to a library item records one event in its transaction, read by whoever may read the item: the
 * agencies of its parties while a draft, anyone once published. A refused change records none.
 */
@QuarkusTest
class LibraryEventsTest {

    private static final String PREFIX = "org.acde.initiatives.library-item.";
    private static final List<String> DRAFT_READERS = List.of("agency:CN", "agency:VN");

    @Inject
    DataSource dataSource;

    @Test
    void aDraftIsRecordedForTheAgenciesOfItsPartiesAndPublishingOpensItToAnyone() {
        long mark = mark(dataSource);
        String id = create(Tokens.agency("VN"), item("VN", Fixtures.uniqueTag(), "CN")).then().statusCode(201)
                .extract().path("id");
        Row created = single(dataSource, mark);
        assertEvent(created, PREFIX + "created", ITEMS + "/" + id, List.of("CN", "VN"), DRAFT_READERS);
        assertDataIsTheView(created);

        mark = mark(dataSource);
        transition(Tokens.agency("VN"), id, "PUBLISHED").then().statusCode(200);
        Row published = single(dataSource, mark);
        assertEvent(published, PREFIX + "transitioned", ITEMS + "/" + id, List.of("CN", "VN"), List.of("anyone"));
        assertThat(published.data().path("status").asText()).isEqualTo("PUBLISHED");
        assertDataIsTheView(published);
    }

    @Test
    void anUpdateRecordsTheNewViewAndAnUnchangedOneNothing() {
        Map<String, Object> body = item("VN", Fixtures.uniqueTag());
        String id = created(body);
        String agency = Tokens.agency("VN");

        long mark = mark(dataSource);
        update(agency, id, etag(agency, id), body).then().statusCode(200);
        assertNothingSince(dataSource, mark);

        body.put("licence", "All rights reserved");
        update(agency, id, etag(agency, id), body).then().statusCode(200);
        Row row = single(dataSource, mark);
        assertEvent(row, PREFIX + "updated", ITEMS + "/" + id, List.of("VN"), List.of("agency:VN"));
        assertThat(row.data().path("licence").asText()).isEqualTo("All rights reserved");
        assertDataIsTheView(row);
    }

    @Test
    void aDeletionCarriesTheIdOnlyAndARefusedWriteNothing() {
        String id = created(item("VN", Fixtures.uniqueTag()));
        long mark = mark(dataSource);
        transition(Tokens.agency("TH"), id, "PUBLISHED").then().statusCode(404);
        create(Tokens.agency("TH"), item("VN", Fixtures.uniqueTag())).then().statusCode(403);
        assertNothingSince(dataSource, mark);

        given().auth().oauth2(Tokens.agency("VN")).header("If-Match", "\"0\"").delete(ITEMS + "/" + id).then().statusCode(204);
        Row row = single(dataSource, mark);
        assertEvent(row, PREFIX + "deleted", ITEMS + "/" + id, List.of("VN"), List.of("agency:VN"));
        assertThat(row.data().toString()).isEqualTo("{\"id\":\"" + id + "\"}");
    }
}
