package org.acde.matchmaking.opportunity;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.acde.matchmaking.Fixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.acde.matchmaking.Fixtures;
import org.acde.matchmaking.interest.Expiry;
import org.acde.testing.InitiativesServiceStub;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(InitiativesServiceStub.class)
class OpportunityTest {

    @Inject
    Expiry expiry;

    @Inject
    javax.sql.DataSource database;

    @Test
    void draftThenPublishedAndThePublicSeesItAnonymised() {
        String token = Tokens.partner("VN");
        String enterprise = enterpriseOf(token, "VN");
        String id = createOpportunity(token, opportunity(enterprise, "TECHNOLOGY_OFFER")).then().statusCode(201)
                .body("status", is("DRAFT")).body("enterpriseId", is(enterprise)).body("enterpriseName", notNullValue())
                .body("party", is("VN")).body("sizeBand", is("SMALL")).extract().path("id");
        given().get("/api/v1/opportunities/" + id).then().statusCode(404);
        transition(token, id, "PUBLISHED").then().statusCode(200).body("status", is("PUBLISHED")).body("publishedAt", notNullValue());
        given().get("/api/v1/opportunities/" + id).then().statusCode(200)
                .body("$", not(hasKey("enterpriseId"))).body("$", not(hasKey("enterpriseName")))
                .body("party", is("VN")).body("sizeBand", is("SMALL")).body("sectors", is(List.of("A")))
                .body("technologies", is(List.of("INTERNET_OF_THINGS", "SMART_AGRICULTURE")));
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/opportunities/" + id).then().statusCode(200)
                .body("$", not(hasKey("enterpriseName")));
        given().auth().oauth2(Tokens.agency("VN")).get("/api/v1/opportunities/" + id).then().statusCode(200)
                .body("enterpriseId", is(enterprise));
        given().queryParam("party", "VN").queryParam("technology", "SMART_AGRICULTURE").queryParam("type", "TECHNOLOGY_OFFER")
                .queryParam("limit", 100).get("/api/v1/opportunities").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.enterpriseName", not(hasItem(notNullValue())));
    }

    @Test
    void anUnknownQueryParameterIsRefusedAndEveryListedOneTaken() {
        given().queryParam("party", "VN").queryParam("technologies", "SMART_AGRICULTURE").get("/api/v1/opportunities").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("technologies"));
        String token = Tokens.partner("KH");
        String enterprise = enterpriseOf(token, "KH");
        String first = published(token, opportunity(enterprise, "TECHNOLOGY_OFFER"));
        String second = published(token, opportunity(enterprise, "TECHNOLOGY_OFFER"));
        // Every filter at once, and a second page by cursor.
        Map<String, Object> filters = Map.of("type", "TECHNOLOGY_OFFER", "status", "PUBLISHED", "party", "KH",
                "technology", "SMART_AGRICULTURE", "sector", "A", "measure", "IV", "enterpriseId", enterprise,
                "sort", "createdAt", "limit", 1);
        String cursor = given().auth().oauth2(token).queryParams(filters).get("/api/v1/opportunities").then().statusCode(200)
                .body("total", is(2)).body("items.id", contains(first)).extract().path("nextCursor");
        given().auth().oauth2(token).queryParams(filters).queryParam("cursor", cursor).get("/api/v1/opportunities").then()
                .statusCode(200).body("items.id", contains(second)).body("nextCursor", is((Object) null));
    }

    @Test
    void lifecycleMovesAndRefusals() {
        String token = Tokens.partner("MY");
        String id = createOpportunity(token, opportunity(enterpriseOf(token, "MY"), "BUSINESS_OFFER")).then().statusCode(201)
                .extract().path("id");
        transition(token, id, "FULFILLED").then().statusCode(409).body("currentStatus", is("DRAFT"))
                .body("allowed", is(List.of("PUBLISHED", "WITHDRAWN")));
        transition(token, id, "PUBLISHED").then().statusCode(200);
        transition(token, id, "EXPIRED").then().statusCode(409);
        transition(token, id, "FULFILLED").then().statusCode(200).body("status", is("FULFILLED"));
        transition(token, id, "WITHDRAWN").then().statusCode(409);
    }

    @Test
    void publishedOpportunitiesExpireAfterExpiresOn() {
        String token = Tokens.partner("KH");
        String id = Fixtures.published(token, opportunity(enterpriseOf(token, "KH"), "BUSINESS_REQUEST"));
        Fixtures.execute(database, "UPDATE opportunity SET expires_on = current_date - 1 WHERE id = '" + id + "'");
        expiry.run();
        given().auth().oauth2(token).get("/api/v1/opportunities/" + id).then().statusCode(200).body("status", is("EXPIRED"));
        given().get("/api/v1/opportunities/" + id).then().statusCode(404);
    }

    @Test
    void anExistingInitiativeIsLinkedWithItsCode() {
        UUID initiative = UUID.randomUUID();
        InitiativesServiceStub.exists(initiative);
        String token = Tokens.partner("CN");
        Map<String, Object> body = opportunity(enterpriseOf(token, "CN"), "RESEARCH_COOPERATION");
        body.put("initiativeId", initiative.toString());
        createOpportunity(token, body).then().statusCode(201).body("initiativeId", is(initiative.toString()))
                .body("initiativeCode", is("ACI-2026-0001"));
    }

    @Test
    void updateNeedsIfMatchAndKeepsTheEnterprise() {
        String token = Tokens.partner("SG");
        Map<String, Object> body = opportunity(enterpriseOf(token, "SG"), "TECHNOLOGY_REQUEST");
        String id = createOpportunity(token, body).then().statusCode(201).extract().path("id");
        body.put("title", "Changed title");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/opportunities/" + id).then().statusCode(428);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/opportunities/" + id).then().statusCode(200).body("title", is("Changed title"));
        body.put("enterpriseId", enterpriseOf(token, "SG"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/opportunities/" + id).then().statusCode(422).body("errors[0].field", is("enterpriseId"));
    }
}
