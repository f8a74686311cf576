package org.acde.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createEnterprise;
import static org.acde.matchmaking.Fixtures.enterprise;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class EnterpriseTest {

    @Test
    void aPartnerRegistersAnEnterpriseAndOwnsIt() {
        Map<String, Object> body = enterprise("VN");
        String id = createEnterprise(Tokens.partner("VN"), body).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/enterprises/"))
                .header("ETag", is("\"0\""))
                .body("owner", is("partner-vn-demo")).body("verified", is(false))
                .body("contact.email", is(((Map<?, ?>) body.get("contact")).get("email")))
                .body("sizeBasis.annualTurnover.amount", is("1200000.00"))
                .extract().path("id");
        given().auth().oauth2(Tokens.partner("VN")).get("/api/v1/enterprises/" + id).then().statusCode(200)
                .header("ETag", is("\"0\"")).body("name", is(body.get("name"))).body("sectors", is(List.of("A", "K")));
    }

    @Test
    void theOwnerChangesItWithIfMatchAndThePartyStays() {
        Map<String, Object> body = enterprise("TH");
        String id = createEnterprise(Tokens.partner("TH"), body).then().statusCode(201).extract().path("id");
        body.put("sizeBand", "MEDIUM");
        given().auth().oauth2(Tokens.partner("TH")).contentType(ContentType.JSON).body(body).put("/api/v1/enterprises/" + id)
                .then().statusCode(428);
        given().auth().oauth2(Tokens.partner("TH")).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(412);
        given().auth().oauth2(Tokens.partner("TH")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(200).body("sizeBand", is("MEDIUM")).header("ETag", is("\"1\""));
        body.put("party", "MY");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(422).body("errors[0].field", is("party"));
    }

    @Test
    void anAgencyOfTheOwnPartyVerifiesAndANewNameUnverifies() {
        Map<String, Object> body = enterprise("ID");
        String id = createEnterprise(Tokens.partner("ID"), body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.agency("ID")).contentType(ContentType.JSON).body(Map.of("verified", true))
                .post("/api/v1/enterprises/" + id + "/verification").then().statusCode(200)
                .body("verified", is(true)).body("verifiedBy", is("agency-id-demo")).body("verifiedAt", notNullValue());
        body.put("name", "Renamed " + body.get("name"));
        given().auth().oauth2(Tokens.partner("ID")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(200).body("verified", is(false)).body("verifiedBy", nullValue());
    }

    @Test
    void listsShowWhatTheCallerMaySee() {
        String mine = createEnterprise(Tokens.partner("LA"), enterprise("LA")).then().statusCode(201).extract().path("id");
        String other = createEnterprise(Tokens.client("partner-la-other", "partner", "LA"), enterprise("LA")).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.partner("LA")).queryParam("limit", 100).get("/api/v1/enterprises").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(other)));
        given().auth().oauth2(Tokens.agency("LA")).queryParam("party", "LA").queryParam("limit", 100).get("/api/v1/enterprises")
                .then().statusCode(200).body("items.id", hasItem(mine)).body("items.id", hasItem(other))
                .body("items.contact", not(hasItem(nullValue())));
        given().auth().oauth2(Tokens.agency("KH")).queryParam("party", "LA").get("/api/v1/enterprises").then().statusCode(200)
                .body("total", is(0));
        given().auth().oauth2(Tokens.secretariat()).queryParam("party", "LA").queryParam("sector", "A").queryParam("limit", 100)
                .get("/api/v1/enterprises").then().statusCode(200).body("items.id", hasItem(other));
    }

    @Test
    void idempotentRegistration() {
        Map<String, Object> body = enterprise("PH");
        String key = "ent-" + org.acde.matchmaking.Fixtures.unique();
        String first = given().auth().oauth2(Tokens.partner("PH")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/enterprises").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.partner("PH")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/enterprises").then().statusCode(201).body("id", is(first));
        body.put("name", "Another");
        given().auth().oauth2(Tokens.partner("PH")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/enterprises").then().statusCode(422).body("type", is("urn:acde:problem:idempotency-key-reused"));
    }
}
