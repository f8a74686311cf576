package org.acde.capacity;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.enrol;
import static org.acde.capacity.Fixtures.ended;
import static org.acde.capacity.Fixtures.enrolled;
import static org.acde.capacity.Fixtures.openCohort;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.publishedProgram;
import static org.acde.capacity.Fixtures.result;
import static org.acde.capacity.Fixtures.rows;
import static org.acde.capacity.Fixtures.transition;
import static org.acde.capacity.Fixtures.withdraw;
import static org.acde.testing.Challenges.assertNoToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every role and party rule of capacity-service, each with a token that must be refused. */
@QuarkusTest
class SecurityTest {

    @Inject
    DataSource database;

    @Test
    void programsAreCreatedOnlyForTheCallersOwnParty() {
        Map<String, Object> body = program("VN");
        long before = rows(database, "program", "title = '" + body.get("title") + "'");
        assertNoToken(given().contentType(ContentType.JSON).body(body).post("/api/v1/programs").then());
        createProgram(Tokens.partner("TH"), body).then().statusCode(403).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:forbidden"));
        createProgram(Tokens.agency("CN"), body).then().statusCode(403);
        createProgram(Tokens.token("agency-without-party", "agency", null), body).then().statusCode(403);
        createProgram(Tokens.token("stranger", null, "VN"), body).then().statusCode(403);
        assertThat(rows(database, "program", "title = '" + body.get("title") + "'")).isEqualTo(before);
        createProgram(Tokens.secretariat(), body).then().statusCode(201).body("createdBy", is("secretariat-demo"));
    }

    @Test
    void onlyTheProvidersSideChangesAProgram() {
        Map<String, Object> body = program("VN");
        String id = Fixtures.published(body);
        for (String other : new String[] { Tokens.partner("TH"), Tokens.agency("TH") }) {
            given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                    .put("/api/v1/programs/" + id).then().statusCode(403);
            transition(other, id, "ARCHIVED").then().statusCode(403);
        }
        transition(Tokens.agency("VN"), id, "ARCHIVED").then().statusCode(200);
    }

    @Test
    void aDraftIsHiddenFromOtherParties() {
        String id = createProgram(Tokens.partner("VN"), program("VN")).then().statusCode(201).extract().path("id");
        transition(Tokens.partner("TH"), id, "PUBLISHED").then().statusCode(404);
        createCohort(Tokens.partner("TH"), id, cohort(5, Map.of())).then().statusCode(404);
        given().get("/api/v1/programs/" + id + "/cohorts").then().statusCode(404);
    }

    @Test
    void onlyTheProvidersSideManagesCohorts() {
        String program = publishedProgram("VN");
        createCohort(Tokens.partner("TH"), program, cohort(5, Map.of())).then().statusCode(403);
        given().contentType(ContentType.JSON).body(cohort(5, Map.of())).post("/api/v1/programs/" + program + "/cohorts")
                .then().statusCode(401);
        assertThat(rows(database, "cohort", "program_id = '" + program + "'")).isZero();
        String cohort = createCohort(Tokens.partner("VN"), program, cohort(5, Map.of())).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.agency("TH")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(cohort(5, Map.of())).put("/api/v1/cohorts/" + cohort).then().statusCode(403);
    }

    @Test
    void aPartyClientEnrolsOnlyParticipantsOfItsOwnParty() {
        String cohort = openCohort("SG", 5, Map.of());
        enrol(Tokens.agency("TH"), cohort, participant("VN")).then().statusCode(403);
        enrol(Tokens.partner("TH"), cohort, participant("VN")).then().statusCode(403);
        enrol(Tokens.token("stranger", null, "VN"), cohort, participant("VN")).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("participant", participant("VN")))
                .post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(401);
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isZero();
        enrol(Tokens.secretariat(), cohort, participant("VN")).then().statusCode(201);
        given().get("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(401);
    }

    @Test
    void onlyTheProvidersSideRecordsResultsAndNoShows() {
        String cohort = openCohort("SG", 5, Map.of());
        String id = enrolled(cohort, "VN");
        ended(Tokens.partner("SG"), cohort);
        result(Tokens.agency("VN"), id, 100, 100).then().statusCode(403);
        result(Tokens.partner("VN"), id, 100, 100).then().statusCode(403);
        result(Tokens.agency("TH"), id, 100, 100).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body(Map.of("to", "NO_SHOW", "reason", "x"))
                .post("/api/v1/enrolments/" + id + "/transitions").then().statusCode(403);
        assertThat(rows(database, "enrolment", "id = '" + id + "' AND status = 'CONFIRMED' AND attendance_percent IS NULL"))
                .isEqualTo(1);
        assertThat(rows(database, "certificate", "enrolment_id = '" + id + "'")).isZero();
        result(Tokens.agency("SG"), id, 100, 100).then().statusCode(200);
    }

    @Test
    void anotherPartyCannotWithdrawOrSeeAnEnrolment() {
        String cohort = openCohort("SG", 5, Map.of());
        String id = enrolled(cohort, "VN");
        withdraw(Tokens.agency("TH"), id).then().statusCode(404);
        withdraw(Tokens.partner("MY"), id).then().statusCode(404);
        assertThat(rows(database, "enrolment", "id = '" + id + "' AND status = 'CONFIRMED'")).isEqualTo(1);
    }

    @Test
    void onlyTheSecretariatErases() {
        String cohort = openCohort("SG", 5, Map.of());
        String id = enrolled(cohort, "VN");
        for (String other : new String[] { Tokens.agency("VN"), Tokens.partner("SG"), Tokens.agency("SG") }) {
            given().auth().oauth2(other).post("/api/v1/enrolments/" + id + "/erasure").then().statusCode(403);
        }
        given().post("/api/v1/enrolments/" + id + "/erasure").then().statusCode(401);
        assertThat(rows(database, "enrolment", "id = '" + id + "' AND participant_email IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void anonymousCallersCannotRevoke() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/certificates/" + java.util.UUID.randomUUID() + "/revocation").then().statusCode(401);
    }
}
