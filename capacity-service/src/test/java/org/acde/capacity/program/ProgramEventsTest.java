package org.acde.capacity.program;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.published;
import static org.acde.capacity.Fixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ProgramEventsTest {

    @Inject
    DataSource database;

    @Test
    void aDraftIsItsProviderPartysAndAPublishedProgramAnyones() {
        String provider = Tokens.partner("VN");
        Map<String, Object> body = program("VN");

        long before = OutboxRows.last(database);
        String id = createProgram(provider, body).then().statusCode(201).extract().path("id");
        body.put("title", "Changed while a draft");
        update(provider, id, body);
        transition(provider, id, "PUBLISHED").then().statusCode(200);
        body.put("title", "Changed once published");
        update(provider, id, body);
        transition(provider, id, "ARCHIVED").then().statusCode(200);

        List<Row> rows = OutboxRows.since(database, before);
        String subject = "/api/v1/programs/" + id;
        assertThat(rows).extracting(Row::type, Row::aggregateType, Row::aggregateId, Row::subject, Row::audience).containsExactly(
                tuple(ProgramEvents.Type.CREATED.type, "program", id, subject, List.of("party:VN")),
                tuple(ProgramEvents.Type.UPDATED.type, "program", id, subject, List.of("party:VN")),
                tuple(ProgramEvents.Type.PUBLISHED.type, "program", id, subject, List.of("anyone")),
                tuple(ProgramEvents.Type.UPDATED.type, "program", id, subject, List.of("anyone")),
                tuple(ProgramEvents.Type.ARCHIVED.type, "program", id, subject, List.of("anyone")));
        assertThat(rows).allSatisfy(row -> assertThat(row.parties()).containsExactly("VN"));
        assertThat(rows.get(4).data()).isEqualTo(OutboxRows.bodyOf(given().get(subject)));
        assertThat(rows.get(4).event().get("source").asText()).isEqualTo("urn:acde:capacity-service");
        assertThat(rows.get(4).transaction()).isEqualTo(OutboxRows.transactionOf(database, "program", id));

        // Only a draft is hidden: one archived without being published is everyone's to read, and so is its event.
        String draft = createProgram(provider, program("VN")).then().statusCode(201).extract().path("id");
        long archiving = OutboxRows.last(database);
        transition(provider, draft, "ARCHIVED").then().statusCode(200);
        assertThat(OutboxRows.since(database, archiving)).extracting(Row::type, Row::audience, Row::data).containsExactly(
                tuple(ProgramEvents.Type.ARCHIVED.type, List.of("anyone"), OutboxRows.bodyOf(given().get("/api/v1/programs/" + draft))));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String provider = Tokens.partner("TH");
        Map<String, Object> body = program("TH");
        String published = published(body);
        String draft = createProgram(provider, program("TH")).then().statusCode(201).extract().path("id");
        long before = OutboxRows.last(database);

        createProgram(Tokens.partner("MY"), program("TH")).then().statusCode(403);
        Map<String, Object> invalid = program("TH");
        invalid.put("topics", List.of("ALCHEMY"));
        createProgram(provider, invalid).then().statusCode(400);
        given().auth().oauth2(provider).contentType(ContentType.JSON).body(body).put("/api/v1/programs/" + published)
                .then().statusCode(428);
        given().auth().oauth2(Tokens.partner("MY")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/programs/" + published).then().statusCode(403);
        transition(provider, published, "DRAFT").then().statusCode(409);
        transition(Tokens.partner("MY"), draft, "PUBLISHED").then().statusCode(404);

        assertThat(OutboxRows.since(database, before)).isEmpty();
    }

    private static void update(String token, String id, Map<String, Object> body) {
        Response current = given().auth().oauth2(token).get("/api/v1/programs/" + id);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body)
                .put("/api/v1/programs/" + id).then().statusCode(200);
    }
}
