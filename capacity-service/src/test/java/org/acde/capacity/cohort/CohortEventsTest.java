package org.acde.capacity.cohort;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.publishedProgram;
import static org.acde.capacity.Fixtures.reschedule;
import static org.acde.capacity.Fixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

@QuarkusTest
class CohortEventsTest {

    @Inject
    DataSource database;

    @Test
    void aCohortIsScheduledAndRescheduledForThoseWhoMayReadItsProgram() {
        String provider = Tokens.partner("LA");
        String program = publishedProgram("LA");

        long before = OutboxRows.last(database);
        String id = createCohort(provider, program, cohort(10, Map.of("CN", 2))).then().statusCode(201).extract().path("id");
        reschedule(provider, id, LocalDate.now(ZoneOffset.UTC).plusDays(40)).then().statusCode(200);

        List<Row> rows = OutboxRows.since(database, before);
        String subject = "/api/v1/cohorts/" + id;
        assertThat(rows).extracting(Row::type, Row::aggregateType, Row::aggregateId, Row::subject, Row::parties, Row::audience)
                .containsExactly(
                        tuple(CohortEvents.Type.SCHEDULED.type, "cohort", id, subject, List.of("LA"), List.of("anyone")),
                        tuple(CohortEvents.Type.RESCHEDULED.type, "cohort", id, subject, List.of("LA"), List.of("anyone")));
        assertThat(rows.get(1).data()).isEqualTo(OutboxRows.bodyOf(given().get(subject)));
        assertThat(rows.get(1).transaction()).isEqualTo(OutboxRows.transactionOf(database, "cohort", id));

        String draft = createProgram(provider, program("LA")).then().statusCode(201).extract().path("id");
        long drafting = OutboxRows.last(database);
        String hidden = createCohort(provider, draft, cohort(5, Map.of())).then().statusCode(201).extract().path("id");
        List<Row> ofDraft = OutboxRows.since(database, drafting);
        assertThat(ofDraft).extracting(Row::type, Row::audience)
                .containsExactly(tuple(CohortEvents.Type.SCHEDULED.type, List.of("party:LA")));
        assertThat(ofDraft.get(0).data()).isEqualTo(OutboxRows.bodyOf(given().auth().oauth2(provider).get("/api/v1/cohorts/" + hidden)));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String provider = Tokens.partner("BN");
        String program = publishedProgram("BN");
        Map<String, Object> body = cohort(10, Map.of());
        String id = createCohort(provider, program, body).then().statusCode(201).extract().path("id");
        String archived = publishedProgram("BN");
        transition(provider, archived, "ARCHIVED").then().statusCode(200);
        long before = OutboxRows.last(database);

        createCohort(Tokens.partner("KH"), program, body).then().statusCode(403);
        createCohort(provider, archived, body).then().statusCode(409);
        given().auth().oauth2(provider).contentType(ContentType.JSON).body(body).put("/api/v1/cohorts/" + id).then().statusCode(428);
        body.put("seats", 11);
        given().auth().oauth2(provider).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/cohorts/" + id).then().statusCode(422);
        body.put("seats", 10);
        given().auth().oauth2(Tokens.partner("KH")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/cohorts/" + id).then().statusCode(403);

        assertThat(OutboxRows.since(database, before)).isEmpty();
    }
}
