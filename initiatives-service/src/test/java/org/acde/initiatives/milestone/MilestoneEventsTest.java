package org.acde.initiatives.milestone;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.Outboxes.assertDataIsTheView;
import static org.acde.initiatives.Outboxes.assertEvent;
import static org.acde.initiatives.Outboxes.assertNothingSince;
import static org.acde.initiatives.Outboxes.mark;
import static org.acde.initiatives.Outboxes.single;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.inStatus;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A milestone's creation, change and deletion are recorded for whoever may read its initiative; a refusal is not. */
@QuarkusTest
class MilestoneEventsTest {

    private static final Map<String, Object> PLANNED = Map.of("title", "Kick-off", "dueDate", "2026-02-01",
            "status", "PLANNED");
    private static final Map<String, Object> DONE = Map.of("title", "Kick-off", "dueDate", "2026-02-01",
            "status", "DONE", "completedOn", "2026-02-03");

    @Inject
    DataSource dataSource;

    @Test
    void aMilestoneOfAPublicInitiativeIsRecordedForAnyone() {
        String initiative = inStatus(initiative("VN", uniqueTag(), "CN"), "ENDORSED");
        long mark = mark(dataSource);
        String id = add(initiative, PLANNED).statusCode(201).extract().path("id");

        Row created = single(dataSource, mark);
        assertEvent(created, "org.acde.initiatives.milestone.created", path(initiative, id), List.of("CN", "VN"),
                List.of("anyone"));
        assertDataIsTheView(created);

        long changed = mark(dataSource);
        change(initiative, id, DONE, "\"0\"").statusCode(200);
        Row updated = single(dataSource, changed);
        assertEvent(updated, "org.acde.initiatives.milestone.updated", path(initiative, id), List.of("CN", "VN"),
                List.of("anyone"));
        assertThat(updated.data().path("status").asText()).isEqualTo("DONE");
        assertDataIsTheView(updated);

        long deleted = mark(dataSource);
        given().auth().oauth2(Tokens.agency("VN")).header("If-Match", "\"1\"").delete(path(initiative, id)).then()
                .statusCode(204);
        Row gone = single(dataSource, deleted);
        assertEvent(gone, "org.acde.initiatives.milestone.deleted", path(initiative, id), List.of("CN", "VN"),
                List.of("anyone"));
        assertThat(gone.data()).isEqualTo(new ObjectMapper().createObjectNode().put("id", id).put("initiativeId", initiative));
    }

    @Test
    void aMilestoneOfAProposalIsRecordedForTheAgenciesOfItsParties() {
        String initiative = created(initiative("TH", uniqueTag(), "LA"));
        long mark = mark(dataSource);
        String id = add(initiative, PLANNED).statusCode(201).extract().path("id");

        assertEvent(single(dataSource, mark), "org.acde.initiatives.milestone.created", path(initiative, id),
                List.of("LA", "TH"), List.of("agency:LA", "agency:TH"));
    }

    @Test
    void anUnchangedOrRefusedWriteRecordsNothing() {
        String initiative = inStatus(initiative("VN", uniqueTag(), "CN"), "ENDORSED");
        String id = add(initiative, PLANNED).statusCode(201).extract().path("id");
        long mark = mark(dataSource);

        change(initiative, id, PLANNED, "\"0\"").statusCode(200);
        change(initiative, id, Map.of("title", "Kick-off", "dueDate", "2026-02-01", "status", "DONE"), "\"0\"")
                .statusCode(400);
        change(initiative, id, DONE, "\"7\"").statusCode(412);
        given().auth().oauth2(Tokens.agency("CN")).contentType(ContentType.JSON).body(PLANNED)
                .post("/api/v1/initiatives/" + initiative + "/milestones").then().statusCode(403);

        assertNothingSince(dataSource, mark);
    }

    private static ValidatableResponse add(String initiative, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/initiatives/" + initiative + "/milestones").then();
    }

    private static ValidatableResponse change(String initiative, String id, Map<String, Object> body, String ifMatch) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).put(path(initiative, id)).then();
    }

    private static String path(String initiative, String id) {
        return "/api/v1/initiatives/" + initiative + "/milestones/" + id;
    }
}
