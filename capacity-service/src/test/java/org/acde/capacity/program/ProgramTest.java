package org.acde.capacity.program;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.published;
import static org.acde.capacity.Fixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.testing.InitiativesServiceStub;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(InitiativesServiceStub.class)
class ProgramTest {

    @Test
    void aPartnerCreatesADraftForItsPartyAndPublishesIt() {
        Map<String, Object> body = program("VN");
        String token = Tokens.partner("VN");
        String id = createProgram(token, body).then().statusCode(201).header("ETag", is("\"0\""))
                .body("status", is("DRAFT")).body("providerParty", is("VN")).body("topics", contains("AI_GOVERNANCE", "DATA"))
                .body("languages", contains("en", "vi")).body("createdBy", is("partner-vn-demo"))
                .body("initiativeId", nullValue()).extract().path("id");
        given().get("/api/v1/programs/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("VN")).get("/api/v1/programs/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/programs/" + id).then().statusCode(404);
        transition(token, id, "PUBLISHED").then().statusCode(200).body("status", is("PUBLISHED"));
        given().get("/api/v1/programs/" + id).then().statusCode(200).header("ETag", is("\"1\"")).body("title", is(body.get("title")));
        transition(token, id, "DRAFT").then().statusCode(409).body("allowed", contains("ARCHIVED"))
                .body("currentStatus", is("PUBLISHED"));
        transition(token, id, "ARCHIVED").then().statusCode(200);
        transition(token, id, "PUBLISHED").then().statusCode(409).body("allowed", is(List.of()));
    }

    @Test
    void theLinkedInitiativeIsCheckedAndItsCodeKept() {
        UUID initiative = UUID.randomUUID();
        InitiativesServiceStub.exists(initiative);
        Map<String, Object> body = program("TH");
        body.put("initiativeId", initiative.toString());
        createProgram(Tokens.agency("TH"), body).then().statusCode(201)
                .body("initiativeId", is(initiative.toString())).body("initiativeCode", is("ACI-2026-0001"));
    }

    @Test
    void draftsAreListedOnlyForTheirProviderParty() {
        Map<String, Object> body = program("KH");
        String id = createProgram(Tokens.partner("KH"), body).then().statusCode(201).extract().path("id");
        given().queryParam("providerParty", "KH").queryParam("limit", 100).get("/api/v1/programs").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.agency("KH")).queryParam("providerParty", "KH").queryParam("limit", 100)
                .get("/api/v1/programs").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.secretariat()).queryParam("status", "DRAFT").queryParam("topic", "AI_GOVERNANCE")
                .queryParam("audience", "OFFICIALS").queryParam("limit", 100).get("/api/v1/programs").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void anUnknownQueryParameterIsRefusedAndEveryListedOneTaken() {
        given().queryParam("providerParty", "BN").queryParam("topics", "DATA").get("/api/v1/programs").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("topics"));
        String older = published(program("BN"));
        String newer = published(program("BN"));
        // Every filter at once, newest first, and a second page by cursor.
        Map<String, Object> filters = Map.of("measure", "VI", "status", "PUBLISHED", "providerParty", "BN", "topic", "DATA",
                "audience", "MANAGERS", "sort", "-createdAt", "limit", 1);
        String cursor = given().queryParams(filters).get("/api/v1/programs").then().statusCode(200)
                .body("items.id", contains(newer)).extract().path("nextCursor");
        given().queryParams(filters).queryParam("cursor", cursor).get("/api/v1/programs").then().statusCode(200)
                .body("items.id", contains(older));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        Map<String, Object> body = program("SG");
        String token = Tokens.partner("SG");
        String id = createProgram(token, body).then().statusCode(201).extract().path("id");
        body.put("title", "Renamed");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/programs/" + id)
                .then().statusCode(428);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(body)
                .put("/api/v1/programs/" + id).then().statusCode(412);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/programs/" + id).then().statusCode(200).header("ETag", is("\"1\"")).body("title", is("Renamed"));
        body.put("providerParty", "MY");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/programs/" + id).then().statusCode(422).body("errors[0].field", is("providerParty"));
    }
}
