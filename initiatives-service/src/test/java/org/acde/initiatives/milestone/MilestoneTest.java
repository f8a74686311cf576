package org.acde.initiatives.milestone;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class MilestoneTest {

    private static Map<String, Object> milestone(String title, String due, String status, String completedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "dueDate", due, "status", status));
        if (completedOn != null) {
            body.put("completedOn", completedOn);
        }
        return body;
    }

    private static ValidatableResponse add(String token, String initiative, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/initiatives/" + initiative + "/milestones").then();
    }

    @Test
    void theLeadManagesMilestonesListedByDueDate() {
        String initiative = created(initiative("VN", uniqueTag(), "CN"));
        String lead = Tokens.agency("VN");
        String late = add(lead, initiative, milestone("Pilot report", "2026-12-01", "PLANNED", null)).statusCode(201)
                .header("ETag", is("\"0\"")).extract().path("id");
        add(lead, initiative, milestone("Kick-off", "2026-02-01", "DONE", "2026-02-03")).statusCode(201);

        given().auth().oauth2(lead).get("/api/v1/initiatives/" + initiative + "/milestones").then().statusCode(200)
                .body("items.title", contains("Kick-off", "Pilot report")).body("total", is(2));

        String path = "/api/v1/initiatives/" + initiative + "/milestones/" + late;
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(milestone("Pilot report", "2026-12-01", "MISSED", null))
                .put(path).then().statusCode(428);
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(milestone("Pilot report", "2026-12-01", "MISSED", null)).put(path).then().statusCode(200)
                .header("ETag", is("\"1\"")).body("status", is("MISSED"));
        given().auth().oauth2(lead).header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        given().auth().oauth2(lead).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        given().auth().oauth2(lead).get(path).then().statusCode(404);
    }

    @Test
    void completionDatesFollowTheStatus() {
        String initiative = created(initiative("TH", uniqueTag()));
        add(Tokens.agency("TH"), initiative, milestone("Done without date", "2026-03-01", "DONE", null)).statusCode(400)
                .body("errors[0].field", is("completedOn"));
        add(Tokens.agency("TH"), initiative, milestone("Planned with date", "2026-03-01", "PLANNED", "2026-03-01"))
                .statusCode(400).body("errors[0].field", is("completedOn"));
        add(Tokens.agency("TH"), initiative, milestone("Bad status", "2026-03-01", "LATE", null)).statusCode(400)
                .body("errors[0].field", is("status"));
    }

    @Test
    void onlyTheSecretariatOrTheLeadChangesMilestones() {
        String initiative = created(initiative("MY", uniqueTag(), "ID"));
        Map<String, Object> body = milestone("Workshop", "2026-05-01", "PLANNED", null);
        add(Tokens.agency("ID"), initiative, body).statusCode(403);
        add(Tokens.partner("MY"), initiative, body).statusCode(403);
        add(Tokens.agency("PH"), initiative, body).statusCode(404);
        add(Tokens.secretariat(), initiative, body).statusCode(201);
        given().get("/api/v1/initiatives/" + initiative + "/milestones").then().statusCode(404);
        given().auth().oauth2(Tokens.agency("ID")).get("/api/v1/initiatives/" + initiative + "/milestones").then()
                .statusCode(200).body("total", is(1));
    }

    @Test
    void aMilestoneBelongsToItsInitiative() {
        String first = created(initiative("SG", uniqueTag()));
        String second = created(initiative("SG", uniqueTag()));
        String id = add(Tokens.agency("SG"), first, milestone("Launch", "2026-09-01", "PLANNED", null)).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.agency("SG")).get("/api/v1/initiatives/" + second + "/milestones/" + id).then()
                .statusCode(404);
    }
}
