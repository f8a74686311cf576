package org.acde.capacity;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.ended;
import static org.acde.capacity.Fixtures.enrol;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.result;
import static org.acde.capacity.Fixtures.rows;
import static org.acde.capacity.Fixtures.transition;
import static org.acde.capacity.Fixtures.unique;
import static org.acde.testing.Listings.assertItemsOpenAsListed;
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

/**
 * People signed in through a client (Swagger UI's developer portal) act for their party like its clients do, and
 * the audit names them: every list shows only what its items open for the same caller, be it a person, another
 * person of the same party and client, or a client.
 */
@QuarkusTest
class PeopleTest {

    @Inject
    DataSource database;

    private static String person(String role, String party) {
        return Tokens.user(name(role, party), role, party);
    }

    private static String name(String role, String party) {
        return role + "." + party.toLowerCase() + "." + unique();
    }

    @Test
    void draftProgramsAndTheirCohortsAreListedToThoseWhoOpenThem() {
        String vnName = name("agency", "VN");
        String vn = Tokens.user(vnName, "agency", "VN");
        String draft = createProgram(vn, program("VN")).then().statusCode(201)
                .body("createdBy", is(vnName + " via developer-portal"))
                .body("updatedBy", is(vnName + " via developer-portal")).extract().path("id");
        String cohort = createCohort(vn, draft, cohort(10, Map.of())).then().statusCode(201).extract().path("id");
        Map<String, String> vnDrafts = Map.of("providerParty", "VN", "status", "DRAFT");
        for (String provider : new String[] { vn, person("partner", "VN"), Tokens.partner("VN"), Tokens.secretariat() }) {
            assertThat(assertItemsOpenAsListed(provider, "/api/v1/programs", vnDrafts, id -> "/api/v1/programs/" + id)).contains(draft);
            assertThat(assertItemsOpenAsListed(provider, "/api/v1/programs/" + draft + "/cohorts", Map.of(),
                    id -> "/api/v1/cohorts/" + id)).containsExactly(cohort);
        }
        for (String other : new String[] { person("partner", "MY"), person("agency", "MY"), Tokens.partner("MY") }) {
            assertThat(assertItemsOpenAsListed(other, "/api/v1/programs", vnDrafts, id -> "/api/v1/programs/" + id)).isEmpty();
            given().auth().oauth2(other).get("/api/v1/programs/" + draft).then().statusCode(404);
            given().auth().oauth2(other).get("/api/v1/programs/" + draft + "/cohorts").then().statusCode(404);
            given().auth().oauth2(other).get("/api/v1/cohorts/" + cohort).then().statusCode(404);
        }
        String partnerName = name("partner", "VN");
        transition(Tokens.user(partnerName, "partner", "VN"), draft, "PUBLISHED").then().statusCode(200)
                .body("createdBy", is(vnName + " via developer-portal"))
                .body("updatedBy", is(partnerName + " via developer-portal"));
    }

    @Test
    void enrolmentsAreListedToTheirPartyAndTheProviderAndNameWhoEnrolled() {
        String provider = person("partner", "VN");
        String program = createProgram(provider, program("VN")).then().statusCode(201).extract().path("id");
        transition(provider, program, "PUBLISHED").then().statusCode(200);
        String cohort = createCohort(provider, program, cohort(10, Map.of())).then().statusCode(201).extract().path("id");
        String myName = name("agency", "MY");
        String my = Tokens.user(myName, "agency", "MY");
        String mine = enrol(my, cohort, participant("MY")).then().statusCode(201)
                .body("enrolledBy", is(myName + " via developer-portal")).extract().path("id");
        String myPartners = enrol(person("partner", "MY"), cohort, participant("MY")).then().statusCode(201).extract().path("id");
        String thais = enrol(person("agency", "TH"), cohort, participant("TH")).then().statusCode(201).extract().path("id");

        String enrolments = "/api/v1/cohorts/" + cohort + "/enrolments";
        for (String side : new String[] { provider, Tokens.partner("VN"), person("agency", "VN") }) {
            assertThat(assertItemsOpenAsListed(side, enrolments, Map.of(), id -> "/api/v1/enrolments/" + id))
                    .containsExactlyInAnyOrder(mine, myPartners, thais);
        }
        // The participant's party sees its own participants, the personal data only its agency; the list as the item.
        for (String party : new String[] { my, person("partner", "MY"), Tokens.partner("MY") }) {
            assertThat(assertItemsOpenAsListed(party, enrolments, Map.of(), id -> "/api/v1/enrolments/" + id))
                    .containsExactlyInAnyOrder(mine, myPartners);
            given().auth().oauth2(party).get("/api/v1/enrolments/" + thais).then().statusCode(404);
        }
        given().auth().oauth2(person("partner", "MY")).get("/api/v1/enrolments/" + mine).then().statusCode(200)
                .body("$", not(hasKey("email")));
        given().auth().oauth2(my).get("/api/v1/enrolments/" + myPartners).then().statusCode(200).body("$", hasKey("email"));
    }

    @Test
    void aRevocationNamesThePerson() {
        String providerName = name("partner", "VN");
        String provider = Tokens.user(providerName, "partner", "VN");
        String program = createProgram(provider, program("VN")).then().statusCode(201).extract().path("id");
        transition(provider, program, "PUBLISHED").then().statusCode(200);
        String cohort = createCohort(provider, program, cohort(10, Map.of())).then().statusCode(201).extract().path("id");
        String enrolment = enrol(person("agency", "TH"), cohort, participant("TH")).then().statusCode(201).extract().path("id");
        ended(provider, cohort);
        String certificate = result(provider, enrolment, 95, 88).then().statusCode(200).extract().path("certificateId");
        given().auth().oauth2(provider).contentType(ContentType.JSON).body(Map.of("reason", "Wrong participant"))
                .post("/api/v1/certificates/" + certificate + "/revocation").then().statusCode(200);
        assertThat(rows(database, "certificate", "id = '" + certificate + "' AND revoked_by = '" + providerName
                + " via developer-portal'")).isOne();
    }
}
