package org.acde.initiatives.dialogue;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Request bodies and shortcuts the dialogue tests share. Dates are computed from today (UTC), as the service's are. */
final class Dialogues {

    private Dialogues() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A valid two-day meeting hosted by {@code host}, begun {@code daysAgo} days ago, with {@code others} taking part. */
    static Map<String, Object> dialogue(String host, String title, int daysAgo, String... others) {
        List<String> parties = new ArrayList<>(List.of(others));
        parties.add(0, host);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MINISTERIAL_MEETING");
        body.put("title", title);
        body.put("startDate", today().minusDays(daysAgo).toString());
        body.put("endDate", today().minusDays(daysAgo).plusDays(1).toString());
        body.put("place", "Hanoi, Viet Nam");
        body.put("hostParty", host);
        body.put("participatingParties", parties);
        body.put("agenda", List.of(Map.of("title", "Review of the work plan"),
                Map.of("title", "Endorsement of initiatives", "description", "Proposals of the senior officials")));
        return body;
    }

    static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/dialogues");
    }

    /** Creates a dialogue as its host's agency and returns its id. */
    static String created(Map<String, Object> body) {
        return create(Tokens.agency((String) body.get("hostParty")), body).then().statusCode(201).extract().path("id");
    }

    static Response record(String token, String dialogue, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dialogues/" + dialogue + "/outcomes");
    }

    static Map<String, Object> outcome(String initiative, String kind, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("initiativeId", initiative);
        body.put("kind", kind);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    static Response endorse(String token, String initiative, Object dialogue) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", "ENDORSED");
        body.put("reason", "Endorsed at the ministerial meeting");
        body.put("dialogueId", dialogue);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/initiatives/" + initiative + "/transitions");
    }

    /** How many dialogues exist, as the list's total says. */
    static long count() {
        return given().get("/api/v1/dialogues").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** How many outcomes of {@code dialogue} the secretariat sees. */
    static long outcomes(String dialogue) {
        return given().auth().oauth2(Tokens.secretariat()).get("/api/v1/dialogues/" + dialogue + "/outcomes").then()
                .statusCode(200).extract().jsonPath().getLong("total");
    }
}
