package org.acde.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.createOrganisation;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.organisation;
import static org.acde.matchmaking.Fixtures.organisationOf;
import static org.acde.matchmaking.Fixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The role and party rules of organisations, each with a token that must be refused. */
@QuarkusTest
class OrganisationSecurityTest {

    @Inject
    DataSource database;

    @Test
    void organisationsAreRegisteredOnlyForTheCallersOwnParty() {
        Map<String, Object> body = organisation("GOVERNMENT_AGENCY", "PH");
        String name = "name = '" + body.get("name") + "'";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/organisations").then().statusCode(401);
        createOrganisation(Tokens.partner("TH"), body).then().statusCode(403).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:forbidden"));
        createOrganisation(Tokens.agency("CN"), body).then().statusCode(403);
        createOrganisation(Tokens.token("partner-without-party", "partner", null), body).then().statusCode(403);
        createOrganisation(Tokens.token("stranger", null, "PH"), body).then().statusCode(403);
        assertThat(rows(database, "organisation", name)).isZero();
        createOrganisation(Tokens.agency("PH"), body).then().statusCode(201).body("owner", is("agency-ph-demo"));
        createOrganisation(Tokens.secretariat(), organisation("NGO", "PH")).then().statusCode(201);
    }

    @Test
    void othersSeeAndChangeOnlyWhatTheRulesOpen() {
        Map<String, Object> body = organisation("INDUSTRY_ASSOCIATION", "PH");
        String id = createOrganisation(Tokens.partner("PH"), body).then().statusCode(201).extract().path("id");
        body.put("description", "changed");
        String other = Tokens.client("partner-ph-other", "partner", "PH");
        given().get("/api/v1/organisations/" + id).then().statusCode(401);
        given().get("/api/v1/organisations").then().statusCode(401);
        given().auth().oauth2(other).get("/api/v1/organisations/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("VN")).get("/api/v1/organisations/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("PH")).get("/api/v1/organisations/" + id).then().statusCode(200);
        given().auth().oauth2(other).queryParam("limit", 100).get("/api/v1/organisations").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.agency("VN")).queryParam("party", "PH").get("/api/v1/organisations").then().statusCode(200)
                .body("total", is(0));
        // An agency of the party sees it and may not change it (403); another partner or another party's agency does not see it (404).
        given().auth().oauth2(Tokens.agency("PH")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/organisations/" + id).then().statusCode(403);
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/organisations/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/organisations/" + id).then().statusCode(404);
        assertThat(rows(database, "organisation", "id = '" + id + "' AND description = 'changed'")).isZero();
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/organisations/" + id).then().statusCode(200).body("description", is("changed"));
    }

    @Test
    void onlyAnAgencyOfTheOrganisationsPartyVerifiesIt() {
        String id = organisationOf(Tokens.partner("PH"), "RESEARCH_INSTITUTE", "PH");
        Map<String, Boolean> verified = Map.of("verified", true);
        given().auth().oauth2(Tokens.partner("PH")).contentType(ContentType.JSON).body(verified)
                .post("/api/v1/organisations/" + id + "/verification").then().statusCode(403);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(verified)
                .post("/api/v1/organisations/" + id + "/verification").then().statusCode(403);
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body(verified)
                .post("/api/v1/organisations/" + id + "/verification").then().statusCode(404);
        assertThat(rows(database, "organisation", "id = '" + id + "' AND verified")).isZero();
        given().auth().oauth2(Tokens.agency("PH")).contentType(ContentType.JSON).body(verified)
                .post("/api/v1/organisations/" + id + "/verification").then().statusCode(200).body("verified", is(true));
    }

    @Test
    void onlyTheOwnerPostsOpportunitiesOfAnOrganisation() {
        String id = organisationOf(Tokens.partner("PH"), "UNIVERSITY", "PH");
        // The party's agency sees the university but does not own it: 403; nothing written.
        createOpportunity(Tokens.agency("PH"), opportunity(id, "RESEARCH_COOPERATION")).then().statusCode(403);
        assertThat(rows(database, "opportunity", "enterprise_id = '" + id + "'")).isZero();
        createOpportunity(Tokens.partner("PH"), opportunity(id, "RESEARCH_COOPERATION")).then().statusCode(201)
                .body("organisationKind", is("UNIVERSITY"));
    }
}
