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
import static org.acde.matchmaking.Fixtures.published;
import static org.acde.matchmaking.Fixtures.rows;
import static org.acde.matchmaking.Fixtures.unique;
import static org.acde.testing.Listings.assertItemsOpenAsListed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * People signed in through a client (Swagger UI's developer portal) are callers of their own: two partners of the
 * same party using the same client own, see and change only their own, and every list shows only what its items
 * open for the same caller.
 */
@QuarkusTest
class PeopleTest {

    @Inject
    DataSource database;

    /** A partner person of {@code party}, new to this test. */
    private static String partnerPerson(String party) {
        return Tokens.user("partner." + party.toLowerCase() + "." + unique(), "partner", party);
    }

    private static List<String> enterprisesListed(String token, String party) {
        return assertItemsOpenAsListed(token, "/api/v1/enterprises", Map.of("party", party), id -> "/api/v1/enterprises/" + id);
    }

    private static List<String> draftsListed(String token, String party) {
        return assertItemsOpenAsListed(token, "/api/v1/opportunities", Map.of("party", party, "status", "DRAFT"),
                id -> "/api/v1/opportunities/" + id);
    }

    @Test
    void enterprisesBelongToThePersonWhoRegisteredThem() {
        String annaName = "partner.vn." + unique();
        String anna = Tokens.user(annaName, "partner", "VN");
        String binh = partnerPerson("VN");
        String client = Tokens.partner("VN");
        String agencyPerson = Tokens.user("agency.vn." + unique(), "agency", "VN");
        String myPerson = partnerPerson("MY");
        String annas = enterpriseOf(anna, "VN");
        String binhs = enterpriseOf(binh, "VN");
        String clients = enterpriseOf(client, "VN");
        String agencys = enterpriseOf(agencyPerson, "VN");

        assertThat(enterprisesListed(anna, "VN")).contains(annas).doesNotContain(binhs, clients, agencys);
        assertThat(enterprisesListed(binh, "VN")).contains(binhs).doesNotContain(annas, clients, agencys);
        assertThat(enterprisesListed(client, "VN")).contains(clients).doesNotContain(annas, binhs, agencys);
        assertThat(enterprisesListed(agencyPerson, "VN")).contains(annas, binhs, clients, agencys);
        // The report of issue 13: registered by an agency person, listed to a partner person of another party.
        assertThat(enterprisesListed(myPerson, "VN")).isEmpty();
        given().auth().oauth2(myPerson).get("/api/v1/enterprises/" + agencys).then().statusCode(404);
        given().auth().oauth2(binh).get("/api/v1/enterprises/" + annas).then().statusCode(404);
        given().auth().oauth2(client).get("/api/v1/enterprises/" + annas).then().statusCode(404);
        given().auth().oauth2(anna).get("/api/v1/enterprises/" + clients).then().statusCode(404);
        // Moved to another party (Keycloak attribute), Anna no longer acts for her VN enterprise: not listed, not opened.
        String moved = Tokens.user(annaName, "partner", "MY");
        assertThat(enterprisesListed(moved, "VN")).isEmpty();
        given().auth().oauth2(moved).get("/api/v1/enterprises/" + annas).then().statusCode(404);
    }

    @Test
    void auditFieldsNameThePersonAndTheClient() {
        String username = "partner.vn." + unique();
        String anna = Tokens.user(username, "partner", "VN");
        Map<String, Object> body = enterprise("VN");
        String id = createEnterprise(anna, body).then().statusCode(201)
                .body("owner", is("user:" + Tokens.subjectOf(username))).extract().path("id");
        String row = "id = '" + id + "' AND created_by = '" + username + " via developer-portal'";
        assertThat(rows(database, "organisation", row + " AND updated_by = '" + username + " via developer-portal'")).isOne();
        String agencyName = "agency.vn." + unique();
        given().auth().oauth2(Tokens.user(agencyName, "agency", "VN")).contentType(ContentType.JSON)
                .body(Map.of("verified", true)).post("/api/v1/enterprises/" + id + "/verification").then().statusCode(200)
                .body("verifiedBy", is(agencyName + " via developer-portal"));
        assertThat(rows(database, "organisation", row + " AND updated_by = '" + agencyName + " via developer-portal'")).isOne();
        // Through a partner's web app the same person still owns it; the audit names the app.
        body.put("description", "changed through the partner's app");
        given().auth().oauth2(Tokens.userClaims("partner-vn-portal", username, "partner", "VN").sign())
                .contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).put("/api/v1/enterprises/" + id)
                .then().statusCode(200).body("owner", is("user:" + Tokens.subjectOf(username)));
        assertThat(rows(database, "organisation", row + " AND updated_by = '" + username + " via partner-vn-portal'")).isOne();
    }

    @Test
    void onlyTheRegisteringPersonChangesTheEnterprise() {
        String anna = partnerPerson("VN");
        Map<String, Object> body = enterprise("VN");
        String id = createEnterprise(anna, body).then().statusCode(201).extract().path("id");
        body.put("description", "changed");
        given().auth().oauth2(partnerPerson("VN")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("agency.vn." + unique(), "agency", "VN")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(body).put("/api/v1/enterprises/" + id).then().statusCode(403);
        given().auth().oauth2(anna).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(200).body("description", is("changed"));
    }

    @Test
    void draftOpportunitiesAreSeenByTheirOwnerPersonOnly() {
        String annaName = "partner.vn." + unique();
        String anna = Tokens.user(annaName, "partner", "VN");
        String binh = partnerPerson("VN");
        String client = Tokens.partner("VN");
        String annas = createOpportunity(anna, opportunity(enterpriseOf(anna, "VN"), "TECHNOLOGY_OFFER")).then()
                .statusCode(201).extract().path("id");
        String binhs = createOpportunity(binh, opportunity(enterpriseOf(binh, "VN"), "TECHNOLOGY_OFFER")).then()
                .statusCode(201).extract().path("id");
        String clients = createOpportunity(client, opportunity(enterpriseOf(client, "VN"), "TECHNOLOGY_OFFER")).then()
                .statusCode(201).extract().path("id");

        assertThat(draftsListed(anna, "VN")).contains(annas).doesNotContain(binhs, clients);
        assertThat(draftsListed(binh, "VN")).contains(binhs).doesNotContain(annas, clients);
        assertThat(draftsListed(client, "VN")).contains(clients).doesNotContain(annas, binhs);
        assertThat(draftsListed(Tokens.user("agency.vn." + unique(), "agency", "VN"), "VN")).contains(annas, binhs, clients);
        given().auth().oauth2(binh).get("/api/v1/opportunities/" + annas + "/matches").then().statusCode(404);
        given().auth().oauth2(anna).get("/api/v1/opportunities/" + annas + "/matches").then().statusCode(200);
        String moved = Tokens.user(annaName, "partner", "MY");
        assertThat(draftsListed(moved, "VN")).doesNotContain(annas);
        given().auth().oauth2(moved).get("/api/v1/opportunities/" + annas).then().statusCode(404);
    }

    @Test
    void publishedOpportunitiesNameTheirEnterpriseToItsOwnerPersonOnly() {
        String anna = partnerPerson("VN");
        String enterprise = enterpriseOf(anna, "VN");
        String offer = published(anna, opportunity(enterprise, "TECHNOLOGY_OFFER"));
        String lim = partnerPerson("MY");
        String request = published(lim, opportunity(enterpriseOf(lim, "MY"), "TECHNOLOGY_REQUEST"));
        Map<String, String> ofEnterprise = Map.of("enterpriseId", enterprise);
        assertThat(assertItemsOpenAsListed(anna, "/api/v1/opportunities", ofEnterprise, id -> "/api/v1/opportunities/" + id))
                .containsExactly(offer);
        given().auth().oauth2(anna).get("/api/v1/opportunities/" + offer).then().body("enterpriseId", is(enterprise));
        for (String other : new String[] { partnerPerson("VN"), Tokens.partner("VN") }) {
            // Public but anonymised: filtering by an enterprise one cannot see would tell whose it is.
            given().auth().oauth2(other).get("/api/v1/opportunities/" + offer).then().statusCode(200)
                    .body("$", not(hasKey("enterpriseId")));
            assertThat(assertItemsOpenAsListed(other, "/api/v1/opportunities", ofEnterprise, id -> "/api/v1/opportunities/" + id))
                    .isEmpty();
        }
        // Matches show each opportunity as opening it shows it, anonymised or not, to every caller.
        for (String token : new String[] { anna, partnerPerson("VN"), Tokens.partner("VN") }) {
            List<Map<String, Object>> matched = given().auth().oauth2(token).queryParam("limit", 100)
                    .get("/api/v1/opportunities/" + request + "/matches").then().statusCode(200)
                    .extract().jsonPath().getList("items.opportunity");
            assertThat(matched).isNotEmpty();
            for (Map<String, Object> match : matched) {
                assertThat(given().auth().oauth2(token).get("/api/v1/opportunities/" + match.get("id")).then().statusCode(200)
                        .extract().jsonPath().getMap("$")).isEqualTo(match);
            }
        }
    }

    @Test
    void interestsAreSeenByThePeopleOfTheirTwoSidesOnly() {
        String annaName = "partner.vn." + unique();
        String limName = "partner.my." + unique();
        String anna = Tokens.user(annaName, "partner", "VN");
        String lim = Tokens.user(limName, "partner", "MY");
        String binh = partnerPerson("VN");
        String lims = enterpriseOf(lim, "MY");
        String opportunity = published(lim, opportunity(lims, "TECHNOLOGY_OFFER"));
        String annas = enterpriseOf(anna, "VN");
        String id = expressInterest(anna, interest(opportunity, annas)).then().statusCode(201).extract().path("id");
        // Of the same party and client, but not Binh's to express interest for.
        expressInterest(binh, interest(opportunity, annas)).then().statusCode(422);

        Map<String, String> byOpportunity = Map.of("opportunityId", opportunity);
        for (String side : new String[] { anna, lim }) {
            assertThat(assertItemsOpenAsListed(side, "/api/v1/interests", byOpportunity, i -> "/api/v1/interests/" + i))
                    .containsExactly(id);
        }
        for (String other : new String[] { binh, Tokens.partner("VN"), partnerPerson("MY"), Tokens.partner("MY") }) {
            assertThat(assertItemsOpenAsListed(other, "/api/v1/interests", byOpportunity, i -> "/api/v1/interests/" + i))
                    .isEmpty();
            given().auth().oauth2(other).get("/api/v1/interests/" + id).then().statusCode(404);
            decide(other, id, "ACCEPTED").then().statusCode(404);
        }
        decide(lim, id, "ACCEPTED").then().statusCode(200);
        assertThat(rows(database, "interest", "id = '" + id + "' AND created_by = '" + annaName
                + " via developer-portal' AND updated_by = '" + limName + " via developer-portal'")).isOne();
        // The acceptance reveals the two sides to the two people, not to others of their party and client.
        given().auth().oauth2(anna).get("/api/v1/enterprises/" + lims).then().statusCode(200).body("$", hasKey("contact"));
        given().auth().oauth2(binh).get("/api/v1/enterprises/" + lims).then().statusCode(404);
        given().auth().oauth2(anna).get("/api/v1/opportunities/" + opportunity).then().body("enterpriseId", is(lims));
        given().auth().oauth2(binh).get("/api/v1/opportunities/" + opportunity).then().body("$", not(hasKey("enterpriseId")));
    }

    @Test
    void idempotencyKeysAreEachPersonsOwn() {
        String key = "people-" + unique();
        Map<String, Object> annas = enterprise("VN");
        Map<String, Object> binhs = enterprise("VN");
        String anna = partnerPerson("VN");
        String binh = partnerPerson("VN");
        String first = given().auth().oauth2(anna).header("Idempotency-Key", key).contentType(ContentType.JSON).body(annas)
                .post("/api/v1/enterprises").then().statusCode(201).extract().path("id");
        // The same key from another person of the same client is theirs: no replay of Anna's, no 422.
        String second = given().auth().oauth2(binh).header("Idempotency-Key", key).contentType(ContentType.JSON).body(binhs)
                .post("/api/v1/enterprises").then().statusCode(201).body("name", is(binhs.get("name"))).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        given().auth().oauth2(anna).header("Idempotency-Key", key).contentType(ContentType.JSON).body(annas)
                .post("/api/v1/enterprises").then().statusCode(201).body("id", is(first));
    }
}
