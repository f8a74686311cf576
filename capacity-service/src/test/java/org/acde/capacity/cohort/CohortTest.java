package org.acde.capacity.cohort;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.enrolled;
import static org.acde.capacity.Fixtures.publishedProgram;
import static org.acde.capacity.Fixtures.reschedule;
import static org.acde.capacity.Fixtures.result;
import static org.acde.capacity.Fixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CohortTest {

    @Test
    void theProviderAddsACohortWithQuotasAndEveryoneSeesItsSeats() {
        String program = publishedProgram("VN");
        Map<String, Object> body = cohort(20, Map.of("VN", 5));
        String id = createCohort(Tokens.partner("VN"), program, body).then().statusCode(201).header("ETag", is("\"0\""))
                .body("seats", is(20)).body("quotas[0].party", is("VN")).body("quotas[0].seats", is(5))
                .body("timeZone", is("Asia/Ho_Chi_Minh")).body("completion.minAttendancePercent", is(80))
                .body("completion.passMark", is(60)).body("seatsTaken", is(0)).body("waitlisted", is(0))
                .extract().path("id");
        enrolled(id, "TH");
        given().get("/api/v1/cohorts/" + id).then().statusCode(200).body("seatsTaken", is(1)).body("programId", is(program));
        given().get("/api/v1/programs/" + program + "/cohorts").then().statusCode(200).body("items.id", contains(id))
                .body("total", is(1));
    }

    @Test
    void aRescheduleKeepsSeatsAndQuotas() {
        String program = publishedProgram("MY");
        Map<String, Object> body = cohort(10, Map.of("MY", 2, "CN", 3));
        String id = createCohort(Tokens.partner("MY"), program, body).then().statusCode(201).extract().path("id");
        String token = Tokens.agency("MY");
        body.put("place", "Kuala Lumpur, MDEC");
        body.put("quotas", List.of(Map.of("party", "CN", "seats", 3), Map.of("party", "MY", "seats", 2)));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/cohorts/" + id)
                .then().statusCode(428);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/cohorts/" + id).then().statusCode(200).body("place", is("Kuala Lumpur, MDEC"))
                .header("ETag", is("\"1\""));
        body.put("seats", 12);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/cohorts/" + id).then().statusCode(422).body("errors[0].field", is("seats"));
        body.put("seats", 10);
        body.put("quotas", List.of(Map.of("party", "MY", "seats", 5)));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/cohorts/" + id).then().statusCode(422).body("errors[0].field", is("quotas"));
    }

    @Test
    void onceResultsAreRecordedTheLastDayMayComeEarlierButNotLater() {
        String program = publishedProgram("KH");
        String id = createCohort(Tokens.partner("KH"), program, cohort(5, Map.of())).then().statusCode(201).extract().path("id");
        String enrolment = enrolled(id, "KH");
        String provider = Tokens.partner("KH");
        LocalDate lastDay = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        reschedule(provider, id, lastDay).then().statusCode(200);
        result(provider, enrolment, 100, 90).then().statusCode(200).body("status", is("COMPLETED"));
        reschedule(provider, id, lastDay.plusDays(1)).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("endDate"));
        given().get("/api/v1/cohorts/" + id).then().statusCode(200).body("endDate", is(lastDay.toString()));
        reschedule(provider, id, lastDay.minusDays(1)).then().statusCode(200).body("endDate", is(lastDay.minusDays(1).toString()));
    }

    @Test
    void anArchivedProgramTakesNoNewCohorts() {
        String program = publishedProgram("PH");
        transition(Tokens.partner("PH"), program, "ARCHIVED").then().statusCode(200);
        createCohort(Tokens.partner("PH"), program, cohort(10, Map.of())).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlineCohortsNeedNoPlace() {
        Map<String, Object> online = org.acde.capacity.Fixtures.program("ID");
        online.put("delivery", "ONLINE");
        String program = org.acde.capacity.Fixtures.published(online);
        Map<String, Object> body = cohort(10, Map.of());
        body.remove("place");
        createCohort(Tokens.partner("ID"), program, body).then().statusCode(201);
    }
}
