package org.acde.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.createOrganisation;
import static org.acde.matchmaking.Fixtures.expressInterest;
import static org.acde.matchmaking.Fixtures.interest;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.organisation;
import static org.acde.matchmaking.Fixtures.organisationOf;
import static org.acde.matchmaking.Fixtures.publishedOpportunity;
import static org.acde.matchmaking.Fixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each kind's fields and the usual hostile inputs on organisations: a problem+json 4xx naming the field, nothing written. */
@QuarkusTest
class OrganisationBadInputTest {

    @Inject
    DataSource database;

    private void refused(String kind, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = organisation(kind, "VN");
        change.accept(body);
        long before = rows(database, "organisation", "true");
        createOrganisation(Tokens.partner("VN"), body).then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(rows(database, "organisation", "true")).isEqualTo(before);
    }

    @Test
    void theSizeBandAndItsBasisAreForEnterprisesOnlyAndRequiredOfThem() {
        refused("UNIVERSITY", body -> body.put("sizeBand", "SMALL"), "sizeBand");
        refused("NGO", body -> body.put("sizeBasis", Map.of("employees", 12, "definition", "VN Decree 80/2021/ND-CP")), "sizeBasis");
        refused("GOVERNMENT_AGENCY", body -> body.put("sizeBand", "LARGE"), "sizeBand");
        refused("ENTERPRISE", body -> body.remove("sizeBand"), "sizeBand");
        refused("ENTERPRISE", body -> body.remove("sizeBasis"), "sizeBasis");
        refused("ENTERPRISE", body -> body.put("sizeBand", "HUGE"), "sizeBand");
    }

    @Test
    void aGovernmentAgencysLevelAndAnAssociationsMemberCountBelongToThemOnly() {
        refused("GOVERNMENT_AGENCY", body -> body.remove("governmentLevel"), "governmentLevel");
        refused("GOVERNMENT_AGENCY", body -> body.put("governmentLevel", "FEDERAL"), "governmentLevel");
        refused("NGO", body -> body.put("governmentLevel", "LOCAL"), "governmentLevel");
        refused("ENTERPRISE", body -> body.put("governmentLevel", "NATIONAL"), "governmentLevel");
        refused("INDUSTRY_ASSOCIATION", body -> body.remove("memberCount"), "memberCount");
        refused("INDUSTRY_ASSOCIATION", body -> body.put("memberCount", 0), "memberCount");
        refused("INDUSTRY_ASSOCIATION", body -> body.put("memberCount", "many"), "memberCount");
        refused("INDUSTRY_ASSOCIATION", body -> body.put("memberCount", 10_000_001), "memberCount");
        refused("UNIVERSITY", body -> body.put("memberCount", 40), "memberCount");
    }

    @Test
    void theKindIsRequiredAndOneOfTheList() {
        refused("UNIVERSITY", body -> body.remove("kind"), "kind");
        refused("UNIVERSITY", body -> body.put("kind", "COMPANY"), "kind");
        refused("UNIVERSITY", body -> body.put("kind", "university"), "kind");
        refused("UNIVERSITY", body -> body.put("kind", List.of("UNIVERSITY")), "kind");
        given().auth().oauth2(Tokens.secretariat()).queryParam("kind", "COMPANY").get("/api/v1/organisations").then()
                .statusCode(400).body("errors[0].field", is("kind"));
        // The enterprises' path takes no kind: it is always ENTERPRISE there.
        given().auth().oauth2(Tokens.secretariat()).queryParam("kind", "UNIVERSITY").get("/api/v1/enterprises").then()
                .statusCode(400).body("errors[0].field", is("kind"));
    }

    @Test
    void theCommonFieldsAsForEnterprises() {
        refused("RESEARCH_INSTITUTE", body -> body.remove("name"), "name");
        refused("RESEARCH_INSTITUTE", body -> body.put("name", "x".repeat(201)), "name");
        refused("RESEARCH_INSTITUTE", body -> body.put("party", "XX"), "party");
        refused("RESEARCH_INSTITUTE", body -> body.put("registrationId", "TH-MHESI-0001"), "registrationId");
        refused("RESEARCH_INSTITUTE", body -> body.put("sectors", List.of()), "sectors");
        refused("RESEARCH_INSTITUTE", body -> body.put("website", "javascript:alert(1)"), "website");
        refused("RESEARCH_INSTITUTE", body -> body.put("verified", true), "verified");
        refused("RESEARCH_INSTITUTE", body -> body.put("owner", "someone-else"), "owner");
        refused("RESEARCH_INSTITUTE", body -> body.put("description", "x".repeat(4001)), "description");
    }

    @Test
    void malformedAndHostileBodies() {
        long before = rows(database, "organisation", "true");
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.JSON).body("{\"kind\": ").post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json").body("type", is("urn:acde:problem:malformed-request"));
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.TEXT).body("kind=NGO").post("/api/v1/organisations")
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(rows(database, "organisation", "true")).isEqualTo(before);

        String hostile = "'; DROP TABLE organisation; -- <script>alert(1)</script>";
        Map<String, Object> body = organisation("NGO", "VN");
        body.put("name", hostile);
        String id = createOrganisation(Tokens.partner("VN"), body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.partner("VN")).get("/api/v1/organisations/" + id).then().statusCode(200).body("name", is(hostile));
    }

    @Test
    void anotherClientsOrganisationIsNoOpportunityOrInterestOfOnesOwn() {
        String foreign = organisationOf(Tokens.partner("TH"), "UNIVERSITY", "TH");
        long opportunities = rows(database, "opportunity", "enterprise_id = '" + foreign + "'");
        createOpportunity(Tokens.partner("VN"), opportunity(foreign, "RESEARCH_COOPERATION")).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("enterpriseId"));
        assertThat(rows(database, "opportunity", "enterprise_id = '" + foreign + "'")).isEqualTo(opportunities);
        String target = publishedOpportunity("CN", "TECHNOLOGY_OFFER");
        expressInterest(Tokens.partner("VN"), interest(target, foreign)).then().statusCode(422)
                .body("errors[0].field", is("enterpriseId"));
        assertThat(rows(database, "interest", "enterprise_id = '" + foreign + "'")).isZero();
    }
}
