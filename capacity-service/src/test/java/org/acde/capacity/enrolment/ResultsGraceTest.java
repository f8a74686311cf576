package org.acde.capacity.enrolment;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.enrolled;
import static org.acde.capacity.Fixtures.openCohort;
import static org.acde.capacity.Fixtures.reschedule;
import static org.acde.capacity.Fixtures.result;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A deployment that opens results two days before a cohort's last day: its certificates still start on that day. */
@QuarkusTest
@TestProfile(ResultsGraceTest.TwoDaysEarly.class)
class ResultsGraceTest {

    public static class TwoDaysEarly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("acde.capacity.results-open-before-end", "2d");
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void resultsWithinTheGraceGiveACertificateValidFromTheLastDay() {
        String cohort = openCohort("VN", 5, Map.of());
        String early = enrolled(cohort, "VN");
        String provider = Tokens.partner("VN");
        // Whole days away from today, so that a run across midnight decides the same.
        LocalDate lastDay = LocalDate.now(ZONE).plusDays(2);
        reschedule(provider, cohort, lastDay).then().statusCode(200);
        String certificate = result(provider, early, 90, 75).then().statusCode(200).body("status", is("COMPLETED"))
                .extract().path("certificateId");
        String jwt = given().get("/api/v1/certificates/" + certificate).then().statusCode(200)
                .body("credential.validFrom", is(lastDay.atStartOfDay(ZONE).toInstant().toString()))
                .extract().path("jwt");
        given().contentType(ContentType.JSON).body(Map.of("credential", jwt)).post("/api/v1/certificates/verify").then()
                .statusCode(200).body("verdict", is("INVALID")).body("detail", startsWith("Not valid before"));
    }

    @Test
    void resultsBeforeTheGraceAreRefused() {
        String cohort = openCohort("VN", 5, Map.of());
        String id = enrolled(cohort, "VN");
        String provider = Tokens.partner("VN");
        reschedule(provider, cohort, LocalDate.now(ZONE).plusDays(4)).then().statusCode(200);
        result(provider, id, 90, 75).then().statusCode(422).body("errors[0].field", is("endDate"));
    }
}
