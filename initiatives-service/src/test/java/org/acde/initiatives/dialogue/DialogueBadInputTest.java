package org.acde.initiatives.dialogue;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.Outboxes.assertNothingSince;
import static org.acde.initiatives.Outboxes.mark;
import static org.acde.initiatives.dialogue.Dialogues.count;
import static org.acde.initiatives.dialogue.Dialogues.create;
import static org.acde.initiatives.dialogue.Dialogues.created;
import static org.acde.initiatives.dialogue.Dialogues.dialogue;
import static org.acde.initiatives.dialogue.Dialogues.endorse;
import static org.acde.initiatives.dialogue.Dialogues.outcome;
import static org.acde.initiatives.dialogue.Dialogues.outcomes;
import static org.acde.initiatives.dialogue.Dialogues.record;
import static org.acde.initiatives.dialogue.Dialogues.today;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.initiatives.initiative.Fixtures;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Each bad input of dialogues, outcomes and endorsements: a problem+json 4xx naming the field, and nothing written. */
@QuarkusTest
class DialogueBadInputTest {

    @Inject
    DataSource dataSource;

    /** Sends a valid dialogue bent by {@code change}; refused naming {@code field}, with no dialogue and no event written. */
    private ValidatableResponse refused(Consumer<Map<String, Object>> change, int status, String field) {
        Map<String, Object> body = dialogue("VN", "ADGMIN " + uniqueTag(), 1, "CN");
        change.accept(body);
        long before = count();
        long mark = mark(dataSource);
        ValidatableResponse response = create(Tokens.agency("VN"), body).then().log().ifValidationFails()
                .statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(count()).isEqualTo(before);
        assertNothingSince(dataSource, mark);
        return response;
    }

    private ValidatableResponse refusedRaw(String json, String field) {
        long before = count();
        ValidatableResponse response = given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON)
                .body(json).post("/api/v1/dialogues").then().statusCode(400).contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertThat(count()).isEqualTo(before);
        return response;
    }

    @Test
    void malformedJsonAndWrongTypes() {
        refusedRaw("{\"kind\": \"WORKSHOP\", \"title\": ", null);
        refusedRaw("[]", null);
        refused(body -> body.put("title", 42), 400, "title");
        refused(body -> body.put("online", "yes"), 400, "online");
        refused(body -> body.put("participatingParties", "VN"), 400, "participatingParties");
        refused(body -> body.put("agenda", List.of("Review")), 400, "agenda[0]");
    }

    @Test
    void unknownCodesAndFields() {
        refused(body -> body.put("kind", "PARTY"), 400, "kind");
        refused(body -> body.put("hostParty", "US"), 400, "hostParty");
        refused(body -> body.put("participatingParties", List.of("VN", "XX")), 400, "participatingParties[1]");
        refused(body -> body.put("id", UUID.randomUUID().toString()), 400, "id");
        refused(body -> body.put("createdBy", "someone"), 400, "createdBy");
        refused(body -> body.put("agenda", List.of(Map.of("title", "x", "speaker", "y"))), 400, "agenda[0].speaker");
    }

    @Test
    void missingAndTooLong() {
        refused(body -> body.remove("kind"), 400, "kind");
        refused(body -> body.remove("title"), 400, "title");
        refused(body -> body.put("title", "  "), 400, "title");
        refused(body -> body.remove("startDate"), 400, "startDate");
        refused(body -> body.remove("hostParty"), 400, "hostParty");
        refused(body -> body.put("participatingParties", List.of()), 400, "participatingParties");
        refused(body -> body.put("title", "x".repeat(201)), 400, "title");
        refused(body -> body.put("place", "x".repeat(201)), 400, "place");
        refused(body -> body.put("agenda", List.of(Map.of("title", "x".repeat(301)))), 400, "agenda[0].title");
        refused(body -> body.put("agenda", List.of(Map.of("description", "no title"))), 400, "agenda[0].title");
        List<Map<String, Object>> long_ = new ArrayList<>(IntStream.range(0, 51).mapToObj(i -> Map.<String, Object>of("title", "item " + i)).toList());
        refused(body -> body.put("agenda", long_), 400, "agenda");
        refused(body -> body.put("titleLanguage", "not a tag"), 400, "titleLanguage");
        refused(body -> body.put("startDate", "2026-02-30"), 400, "startDate");
    }

    @Test
    void placeOrOnlineIsRequired() {
        refused(body -> body.remove("place"), 400, "place");
        refused(body -> {
            body.remove("place");
            body.put("online", false);
        }, 400, "place");
        refused(body -> body.put("place", "   "), 400, "place");
        Map<String, Object> online = dialogue("VN", "Online " + uniqueTag(), 1);
        online.remove("place");
        online.put("online", true);
        create(Tokens.agency("VN"), online).then().statusCode(201).body("online", is(true));
    }

    @Test
    void datesHostAndPartiesMustAgree() {
        refused(body -> body.put("endDate", today().minusDays(2).toString()), 400, "endDate");
        refused(body -> body.put("endDate", today().plusDays(40).toString()), 400, "endDate");
        refused(body -> body.put("participatingParties", List.of("CN", "TH")), 400, "hostParty");
        refused(body -> body.put("participatingParties", List.of("VN", "CN", "VN")), 400, "participatingParties[2]");
    }

    @Test
    void injectionStringsAreJustText() {
        String hostile = "'; DROP TABLE dialogue; -- <script>alert(1)</script>";
        Map<String, Object> body = dialogue("VN", hostile, 1);
        body.put("place", hostile);
        String id = created(body);
        given().get("/api/v1/dialogues/" + id).then().statusCode(200).body("title", is(hostile)).body("place", is(hostile));
        given().queryParam("kind", hostile).get("/api/v1/dialogues").then().statusCode(400)
                .body("errors[0].field", is("kind"));
    }

    @Test
    void badListParameters() {
        given().queryParam("party", "usa").get("/api/v1/dialogues").then().statusCode(400).body("errors[0].field", is("party"));
        given().queryParam("from", "soon").get("/api/v1/dialogues").then().statusCode(400).body("errors[0].field", is("from"));
        given().queryParam("sort", "title").get("/api/v1/dialogues").then().statusCode(400).body("errors[0].field", is("sort"));
        given().queryParam("limit", 101).get("/api/v1/dialogues").then().statusCode(400).body("errors[0].field", is("limit"));
        given().queryParam("measure", "I").get("/api/v1/dialogues").then().statusCode(400).body("errors[0].field", is("measure"));
        given().get("/api/v1/dialogues/not-an-id").then().statusCode(404);
        given().get("/api/v1/dialogues/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/dialogues/" + UUID.randomUUID() + "/outcomes").then().statusCode(404);
        given().get("/api/v1/initiatives/" + UUID.randomUUID() + "/dialogues").then().statusCode(404);
    }

    @Test
    void staleOrMissingIfMatch() {
        Map<String, Object> body = dialogue("VN", "ADGMIN " + uniqueTag(), 1);
        String id = created(body);
        long mark = mark(dataSource);
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body(body).put("/api/v1/dialogues/" + id)
                .then().statusCode(428);
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(body)
                .put("/api/v1/dialogues/" + id).then().statusCode(412);
        assertNothingSince(dataSource, mark);
    }

    /** Sends an outcome bent by {@code change} to a begun meeting; refused naming {@code field}, nothing written. */
    private void refusedOutcome(Consumer<Map<String, Object>> change, int status, String field) {
        String initiative = Fixtures.inStatus(initiative("VN", uniqueTag()), "ENDORSED");
        String meeting = created(dialogue("VN", "SOM " + uniqueTag(), 1));
        Map<String, Object> body = new HashMap<>(outcome(initiative, "REVIEWED", "Reviewed"));
        change.accept(body);
        long mark = mark(dataSource);
        var response = record(Tokens.agency("VN"), meeting, body).then().log().ifValidationFails().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertThat(outcomes(meeting)).isZero();
        assertNothingSince(dataSource, mark);
    }

    @Test
    void badOutcomes() {
        refusedOutcome(body -> body.put("kind", "APPROVED"), 400, "kind");
        refusedOutcome(body -> body.remove("kind"), 400, "kind");
        refusedOutcome(body -> body.remove("initiativeId"), 400, "initiativeId");
        refusedOutcome(body -> body.put("initiativeId", "ACI-2026-0001"), 400, "initiativeId");
        refusedOutcome(body -> body.put("initiativeId", UUID.randomUUID().toString()), 422, "initiativeId");
        refusedOutcome(body -> body.put("note", "x".repeat(2001)), 400, "note");
        refusedOutcome(body -> body.put("note", 7), 400, "note");
        refusedOutcome(body -> body.put("dialogueId", UUID.randomUUID().toString()), 400, "dialogueId");
        refusedOutcome(body -> {
            body.put("kind", "TASKED");
            body.remove("note");
        }, 400, "note");
        refusedOutcome(body -> {
            body.put("kind", "TASKED");
            body.put("note", "  ");
        }, 400, "note");
    }

    @Test
    void anOutcomeOnceAndOnlyOnceTheMeetingHasBegun() {
        String initiative = Fixtures.inStatus(initiative("VN", uniqueTag()), "ENDORSED");
        String planned = created(dialogue("VN", "Next ADGMIN " + uniqueTag(), -30));
        record(Tokens.agency("VN"), planned, outcome(initiative, "ENDORSED", null)).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(outcomes(planned)).isZero();

        String meeting = created(dialogue("VN", "ADGMIN " + uniqueTag(), 0));
        record(Tokens.agency("VN"), meeting, outcome(initiative, "REVIEWED", null)).then().statusCode(201);
        record(Tokens.agency("VN"), meeting, outcome(initiative, "REVIEWED", "again")).then().statusCode(409);
        assertThat(outcomes(meeting)).isEqualTo(1);
    }

    @Test
    void anEndorsementNamesAMeetingThatEndorsedIt() {
        String initiative = Fixtures.created(initiative("VN", uniqueTag()));
        String meeting = created(dialogue("VN", "ADGMIN " + uniqueTag(), 1));
        record(Tokens.agency("VN"), meeting, outcome(initiative, "REVIEWED", null)).then().statusCode(201);
        long mark = mark(dataSource);

        endorse(Tokens.agency("VN"), initiative, UUID.randomUUID().toString()).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("dialogueId"));
        // Reviewed is not endorsed.
        endorse(Tokens.agency("VN"), initiative, meeting).then().statusCode(422).body("errors[0].field", is("dialogueId"));
        endorse(Tokens.agency("VN"), initiative, "ADGMIN").then().statusCode(400).body("errors[0].field", is("dialogueId"));
        endorse(Tokens.agency("VN"), initiative, 12).then().statusCode(400).body("errors[0].field", is("dialogueId"));
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON)
                .body(Map.of("to", "CANCELLED", "reason", "x", "dialogueId", meeting))
                .post("/api/v1/initiatives/" + initiative + "/transitions").then().statusCode(400)
                .body("errors[0].field", is("dialogueId"));
        assertNothingSince(dataSource, mark);
        given().get("/api/v1/initiatives/" + initiative).then().statusCode(404);

        record(Tokens.agency("VN"), meeting, outcome(initiative, "ENDORSED", null)).then().statusCode(201);
        endorse(Tokens.agency("VN"), initiative, meeting).then().statusCode(200).body("status", is("ENDORSED"));
        // Without a meeting, as before.
        String other = Fixtures.created(initiative("VN", uniqueTag()));
        endorse(Tokens.agency("VN"), other, null).then().statusCode(200);
    }

    @Test
    void reusedIdempotencyKeyWithAnotherBody() {
        String key = "retry-" + uniqueTag();
        Map<String, Object> body = dialogue("VN", "ADGMIN " + uniqueTag(), 1);
        String first = given().auth().oauth2(Tokens.agency("VN")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/dialogues").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.agency("VN")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dialogues").then().statusCode(201).body("id", is(first));
        long before = count();
        body.put("title", "Something else");
        given().auth().oauth2(Tokens.agency("VN")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dialogues").then().statusCode(422).body("type", is("urn:acde:problem:idempotency-key-reused"));
        assertThat(count()).isEqualTo(before);
    }
}
