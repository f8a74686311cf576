package org.acde.matchmaking;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createEnterprise;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.decide;
import static org.acde.matchmaking.Fixtures.enterprise;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.expressInterest;
import static org.acde.matchmaking.Fixtures.interest;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.rows;
import static org.acde.matchmaking.Fixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every role and ownership rule of matchmaking-service, each with a token that must be refused. */
@QuarkusTest
class SecurityTest {

    @Inject
    DataSource database;

    @Test
    void enterprisesAreRegisteredOnlyForTheCallersOwnParty() {
        Map<String, Object> body = enterprise("VN");
        String name = "name = '" + body.get("name") + "'";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/enterprises").then().statusCode(401);
        createEnterprise(Tokens.partner("TH"), body).then().statusCode(403).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:forbidden"));
        createEnterprise(Tokens.agency("CN"), body).then().statusCode(403);
        createEnterprise(Tokens.token("partner-without-party", "partner", null), body).then().statusCode(403);
        createEnterprise(Tokens.token("stranger", null, "VN"), body).then().statusCode(403);
        assertThat(rows(database, "organisation", name)).isZero();
        createEnterprise(Tokens.agency("VN"), body).then().statusCode(201).body("owner", is("agency-vn-demo"));
    }

    @Test
    void onlyTheOwnerOrTheSecretariatChangesAnEnterprise() {
        Map<String, Object> body = enterprise("VN");
        String id = createEnterprise(Tokens.partner("VN"), body).then().statusCode(201).extract().path("id");
        body.put("description", "changed");
        // Same party, other client: an agency sees it (403), another partner does not (404); another party's agency neither.
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.client("partner-vn-other", "partner", "VN")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(body).put("/api/v1/enterprises/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("TH")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(404);
        assertThat(rows(database, "organisation", "id = '" + id + "' AND description = 'changed'")).isZero();
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(200);
    }

    @Test
    void onlyAnAgencyOfTheOwnPartyVerifies() {
        String id = enterpriseOf(Tokens.partner("MY"), "MY");
        Map<String, Object> yes = Map.of("verified", true);
        given().auth().oauth2(Tokens.partner("MY")).contentType(ContentType.JSON).body(yes)
                .post("/api/v1/enterprises/" + id + "/verification").then().statusCode(403);
        given().auth().oauth2(Tokens.agency("TH")).contentType(ContentType.JSON).body(yes)
                .post("/api/v1/enterprises/" + id + "/verification").then().statusCode(404);
        given().contentType(ContentType.JSON).body(yes).post("/api/v1/enterprises/" + id + "/verification").then().statusCode(401);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(yes)
                .post("/api/v1/enterprises/" + id + "/verification").then().statusCode(403);
        assertThat(rows(database, "organisation", "id = '" + id + "' AND verified")).isZero();
        given().auth().oauth2(Tokens.agency("MY")).contentType(ContentType.JSON).body(yes)
                .post("/api/v1/enterprises/" + id + "/verification").then().statusCode(200).body("verified", is(true));
    }

    @Test
    void contactsAreShownOnlyToThoseEntitled() {
        String id = enterpriseOf(Tokens.partner("ID"), "ID");
        given().auth().oauth2(Tokens.partner("ID")).get("/api/v1/enterprises/" + id).then().statusCode(200).body("$", hasKey("contact"));
        given().auth().oauth2(Tokens.agency("ID")).get("/api/v1/enterprises/" + id).then().statusCode(200).body("$", hasKey("contact"));
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/enterprises/" + id).then().statusCode(200).body("$", hasKey("contact"));
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/enterprises/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("TH")).get("/api/v1/enterprises/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.client("partner-id-other", "partner", "ID")).get("/api/v1/enterprises/" + id).then().statusCode(404);
        given().get("/api/v1/enterprises/" + id).then().statusCode(401);
        given().get("/api/v1/enterprises").then().statusCode(401);
    }

    @Test
    void opportunitiesAreCreatedAndChangedOnlyByTheEnterprisesOwner() {
        String enterprise = enterpriseOf(Tokens.partner("PH"), "PH");
        Map<String, Object> body = opportunity(enterprise, "TECHNOLOGY_OFFER");
        String title = "title = '" + body.get("title") + "'";
        createOpportunity(Tokens.agency("PH"), body).then().statusCode(403);
        createOpportunity(Tokens.client("partner-ph-other", "partner", "PH"), body).then().statusCode(422)
                .body("errors[0].field", is("enterpriseId"));
        createOpportunity(Tokens.partner("TH"), body).then().statusCode(422);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/opportunities").then().statusCode(401);
        assertThat(rows(database, "opportunity", title)).isZero();
        String id = createOpportunity(Tokens.partner("PH"), body).then().statusCode(201).extract().path("id");
        transition(Tokens.partner("TH"), id, "PUBLISHED").then().statusCode(404);
        transition(Tokens.agency("PH"), id, "PUBLISHED").then().statusCode(403);
        transition(Tokens.partner("PH"), id, "PUBLISHED").then().statusCode(200);
        transition(Tokens.partner("TH"), id, "WITHDRAWN").then().statusCode(403);
        given().auth().oauth2(Tokens.agency("TH")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/opportunities/" + id).then().statusCode(403);
        assertThat(rows(database, "opportunity", "id = '" + id + "' AND status = 'PUBLISHED'")).isEqualTo(1);
    }

    @Test
    void interestsAreExpressedOnlyForOwnEnterprisesAndDecidedOnlyByTheOpportunitysOwner() {
        String opportunity = Fixtures.publishedOpportunity("VN", "TECHNOLOGY_OFFER");
        String thai = enterpriseOf(Tokens.partner("TH"), "TH");
        Map<String, Object> body = interest(opportunity, thai);
        expressInterest(Tokens.agency("TH"), body).then().statusCode(403);
        expressInterest(Tokens.partner("MY"), body).then().statusCode(422).body("errors[0].field", is("enterpriseId"));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/interests").then().statusCode(401);
        assertThat(rows(database, "interest", "opportunity_id = '" + opportunity + "'")).isZero();
        String id = expressInterest(Tokens.partner("TH"), body).then().statusCode(201).extract().path("id");
        decide(Tokens.partner("TH"), id, "ACCEPTED").then().statusCode(403);
        decide(Tokens.agency("VN"), id, "ACCEPTED").then().statusCode(403);
        decide(Tokens.secretariat(), id, "ACCEPTED").then().statusCode(403);
        decide(Tokens.partner("MY"), id, "ACCEPTED").then().statusCode(404);
        given().auth().oauth2(Tokens.partner("MY")).get("/api/v1/interests/" + id).then().statusCode(404);
        assertThat(rows(database, "interest", "id = '" + id + "' AND status = 'SUBMITTED'")).isEqualTo(1);
        decide(Tokens.partner("VN"), id, "DECLINED").then().statusCode(200);
    }

    @Test
    void beforeAcceptanceNoContactCrossesOver() {
        String vnEnterprise = enterpriseOf(Tokens.partner("VN"), "VN");
        String opportunity = Fixtures.published(Tokens.partner("VN"), opportunity(vnEnterprise, "TECHNOLOGY_OFFER"));
        String cnEnterprise = enterpriseOf(Tokens.partner("CN"), "CN");
        String id = expressInterest(Tokens.partner("CN"), interest(opportunity, cnEnterprise)).then().statusCode(201)
                .body("$", not(hasKey("opportunityContact"))).body("$", hasKey("enterpriseContact")).extract().path("id");
        given().auth().oauth2(Tokens.partner("VN")).get("/api/v1/interests/" + id).then().statusCode(200)
                .body("$", hasKey("opportunityContact")).body("$", not(hasKey("enterpriseContact")));
        given().auth().oauth2(Tokens.partner("VN")).get("/api/v1/enterprises/" + cnEnterprise).then().statusCode(404);
        given().auth().oauth2(Tokens.partner("CN")).get("/api/v1/enterprises/" + vnEnterprise).then().statusCode(404);
        given().auth().oauth2(Tokens.partner("CN")).get("/api/v1/opportunities/" + opportunity).then().statusCode(200)
                .body("$", not(hasKey("enterpriseName")));
        decide(Tokens.partner("VN"), id, "DECLINED").then().statusCode(200);
        given().auth().oauth2(Tokens.partner("CN")).get("/api/v1/enterprises/" + vnEnterprise).then().statusCode(404);
    }
}
