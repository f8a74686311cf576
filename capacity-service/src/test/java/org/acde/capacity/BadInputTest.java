package org.acde.capacity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.enrol;
import static org.acde.capacity.Fixtures.enrolled;
import static org.acde.capacity.Fixtures.openCohort;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.publishedProgram;
import static org.acde.capacity.Fixtures.result;
import static org.acde.capacity.Fixtures.rows;
import static org.acde.capacity.Fixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.InitiativesServiceStub;
import org.acde.testing.RawHttp;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Each bad input of the issue, and the usual hostile ones: a problem+json 4xx naming the field, and nothing written. */
@QuarkusTest
class BadInputTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    /** The initiatives-down case opens the client's breaker; later tests in the same application need it closed. */
    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Inject
    DataSource database;

    @TestHTTPResource("/")
    URI server;

    private long all(String table) {
        return rows(database, table, "true");
    }

    /** A valid program body bent by {@code change}: refused with {@code status} naming {@code field}, no row written. */
    private ValidatableResponse refusedProgram(Consumer<Map<String, Object>> change, int status, String field) {
        Map<String, Object> body = program("VN");
        change.accept(body);
        long before = all("program");
        ValidatableResponse response = createProgram(Tokens.partner("VN"), body).then().log().ifValidationFails()
                .statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(all("program")).isEqualTo(before);
        return response;
    }

    private ValidatableResponse refusedCohort(Consumer<Map<String, Object>> change, int status, String field) {
        String program = publishedProgram("VN");
        Map<String, Object> body = cohort(20, Map.of("VN", 5));
        change.accept(body);
        ValidatableResponse response = createCohort(Tokens.partner("VN"), program, body).then().log().ifValidationFails()
                .statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(rows(database, "cohort", "program_id = '" + program + "'")).isZero();
        return response;
    }

    private void refusedEnrolment(String cohort, Consumer<Map<String, Object>> change, int status, String field) {
        Map<String, Object> participant = participant("VN");
        change.accept(participant);
        enrol(Tokens.agency("VN"), cohort, participant).then().log().ifValidationFails().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isZero();
    }

    @Test
    void seatsBelowOne() {
        refusedCohort(body -> body.put("seats", 0), 400, "seats");
        refusedCohort(body -> body.put("seats", -5), 400, "seats");
        refusedCohort(body -> body.put("quotas", List.of(Map.of("party", "VN", "seats", 0))), 400, "quotas[0].seats");
    }

    @Test
    void quotasSummingAboveSeats() {
        refusedCohort(body -> body.put("quotas", List.of(Map.of("party", "VN", "seats", 12), Map.of("party", "TH", "seats", 9))),
                400, "quotas").body("errors[0].message", is("reserve 21 seats, more than the cohort's 20"));
        refusedCohort(body -> body.put("quotas", List.of(Map.of("party", "VN", "seats", 2), Map.of("party", "VN", "seats", 2))),
                400, "quotas[1].party");
    }

    @Test
    void enrolmentWindowAfterTheStart() {
        refusedCohort(body -> body.put("enrolmentCloses",
                LocalDate.parse((String) body.get("startDate")).atStartOfDay().toInstant(ZoneOffset.UTC).toString()),
                400, "enrolmentCloses");
        refusedCohort(body -> body.put("enrolmentCloses", body.get("enrolmentOpens")), 400, "enrolmentCloses");
        refusedCohort(body -> body.put("endDate", LocalDate.parse((String) body.get("startDate")).minusDays(1).toString()),
                400, "endDate");
        refusedCohort(body -> body.put("timeZone", "Mars/Olympus"), 400, "timeZone");
        refusedCohort(body -> body.put("timeZone", "+07:00"), 400, "timeZone");
        refusedCohort(body -> body.remove("place"), 400, "place");
        refusedCohort(body -> body.put("startDate", "2026-02-30"), 400, "startDate");
        refusedCohort(body -> body.put("enrolmentOpens", "tomorrow"), 400, "enrolmentOpens");
    }

    @Test
    void unknownParty() {
        refusedProgram(body -> body.put("providerParty", "XX"), 400, "providerParty");
        refusedProgram(body -> body.put("providerParty", "us"), 400, "providerParty");
        refusedCohort(body -> body.put("quotas", List.of(Map.of("party", "US", "seats", 2))), 400, "quotas[0].party");
        String cohort = openCohort("VN", 5, Map.of());
        refusedEnrolment(cohort, participant -> participant.put("party", "ZZ"), 400, "participant.party");
        given().queryParam("party", "EU").get("/api/v1/capacity/stats").then().statusCode(400).body("errors[0].field", is("party"));
    }

    @Test
    void malformedEmail() {
        String cohort = openCohort("VN", 5, Map.of());
        for (String email : List.of("not-an-email", "a@", "@example.org", "a b@example.org", "a@example", "a@@example.org",
                "<script>@x.org", "x".repeat(250) + "@example.org")) {
            refusedEnrolment(cohort, participant -> participant.put("email", email), 400, "participant.email");
        }
    }

    @Test
    void otherParticipantMistakes() {
        String cohort = openCohort("VN", 5, Map.of());
        refusedEnrolment(cohort, participant -> participant.put("consent", false), 400, "participant.consent");
        refusedEnrolment(cohort, participant -> participant.remove("consent"), 400, "participant.consent");
        refusedEnrolment(cohort, participant -> participant.put("sex", "unknown"), 400, "participant.sex");
        refusedEnrolment(cohort, participant -> participant.put("name", " "), 400, "participant.name");
        refusedEnrolment(cohort, participant -> participant.put("status", "CONFIRMED"), 400, "participant.status");
        refusedEnrolment(cohort, participant -> participant.put("organisationType", 3), 400, "participant.organisationType");
    }

    @Test
    void enrolmentIntoAnArchivedProgram() {
        String program = publishedProgram("TH");
        String cohort = createCohort(Tokens.partner("TH"), program, cohort(5, Map.of())).then().statusCode(201).extract().path("id");
        transition(Tokens.partner("TH"), program, "ARCHIVED").then().statusCode(200);
        enrol(Tokens.agency("TH"), cohort, participant("TH")).then().statusCode(422).contentType("application/problem+json")
                .body("detail", is("The program is ARCHIVED; only a PUBLISHED program takes enrolments"));
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isZero();
    }

    @Test
    void resultForANonConfirmedEnrolment() {
        String cohort = openCohort("MY", 1, Map.of());
        enrolled(cohort, "MY");
        String waiting = enrolled(cohort, "MY");
        result(Tokens.partner("MY"), waiting, 100, 100).then().statusCode(409).contentType("application/problem+json")
                .body("currentStatus", is("WAITLISTED"));
        assertThat(rows(database, "enrolment", "id = '" + waiting + "' AND status = 'WAITLISTED' AND attendance_percent IS NULL"))
                .isEqualTo(1);
        assertThat(rows(database, "certificate", "enrolment_id = '" + waiting + "'")).isZero();
    }

    @Test
    void resultsBeforeTheCohortsLastDay() {
        String cohort = openCohort("MY", 5, Map.of());
        String id = enrolled(cohort, "MY");
        result(Tokens.partner("MY"), id, 95, 80).then().statusCode(422).contentType("application/problem+json")
                .body("status", is(422)).body("errors[0].field", is("endDate"));
        assertThat(rows(database, "enrolment", "id = '" + id + "' AND status = 'CONFIRMED' AND attendance_percent IS NULL"
                + " AND score IS NULL")).isEqualTo(1);
        assertThat(rows(database, "certificate", "enrolment_id = '" + id + "'")).isZero();
    }

    @Test
    void resultsOutOfRangeOrWithoutTheScoreThePassMarkNeeds() {
        String cohort = openCohort("MY", 5, Map.of());
        String id = enrolled(cohort, "MY");
        result(Tokens.partner("MY"), id, 101, 50).then().statusCode(400).body("errors[0].field", is("attendancePercent"));
        result(Tokens.partner("MY"), id, 90, -1).then().statusCode(400).body("errors[0].field", is("score"));
        result(Tokens.partner("MY"), id, 90, null).then().statusCode(400).body("errors[0].field", is("score"));
        assertThat(rows(database, "enrolment", "id = '" + id + "' AND status = 'CONFIRMED' AND attendance_percent IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void programFieldMistakes() {
        refusedProgram(body -> body.put("measure", "VIII"), 400, "measure");
        refusedProgram(body -> body.put("delivery", "SATELLITE"), 400, "delivery");
        refusedProgram(body -> body.put("topics", List.of("AI_GOVERNANCE", "AI_GOVERNANCE")), 400, "topics[1]");
        refusedProgram(body -> body.put("topics", List.of()), 400, "topics");
        refusedProgram(body -> body.put("languages", List.of("english")), 400, "languages[0]");
        refusedProgram(body -> body.put("title", "x".repeat(201)), 400, "title");
        refusedProgram(body -> body.put("status", "PUBLISHED"), 400, "status");
        refusedProgram(body -> body.put("id", UUID.randomUUID().toString()), 400, "id");
        refusedProgram(body -> body.put("certificateValidityMonths", 0), 400, "certificateValidityMonths");
        refusedProgram(body -> body.put("initiativeId", "not-a-uuid"), 400, "initiativeId");
    }

    @Test
    void anInitiativeThatDoesNotExistIs422() {
        refusedProgram(body -> body.put("initiativeId", UUID.randomUUID().toString()), 422, "initiativeId");
    }

    @Test
    void initiativesServiceDownIs503WithRetryAfterAndNothingWritten() {
        UUID initiative = UUID.randomUUID();
        InitiativesServiceStub.server().stubFor(get(urlEqualTo("/api/v1/initiatives/" + initiative))
                .willReturn(aResponse().withStatus(500)));
        Map<String, Object> body = program("VN");
        body.put("initiativeId", initiative.toString());
        long before = all("program");
        createProgram(Tokens.partner("VN"), body).then().statusCode(503).header("Retry-After", is("5"))
                .contentType("application/problem+json").body("type", is("urn:acde:problem:unavailable"));
        assertThat(all("program")).isEqualTo(before);
        given().auth().oauth2(Tokens.partner("VN")).header("Idempotency-Key", "down-" + initiative).contentType(ContentType.JSON)
                .body(body).post("/api/v1/programs").then().statusCode(503);
        assertThat(rows(database, "idempotency_key", "key = 'down-" + initiative + "'")).isZero();
    }

    @Test
    void malformedAndHostileBodies() throws Exception {
        long before = all("program");
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.JSON).body("{\"title\": ").post("/api/v1/programs")
                .then().statusCode(400).contentType("application/problem+json").body("type", is("urn:acde:problem:malformed-request"));
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.JSON).body("[]").post("/api/v1/programs")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.TEXT).body("title=x").post("/api/v1/programs")
                .then().statusCode(415).contentType("application/problem+json");
        String response = RawHttp.exchange(server, "POST /api/v1/programs HTTP/1.1\r\nAuthorization: Bearer "
                + Tokens.partner("VN") + "\r\nContent-Type: application/json\r\nContent-Length: " + 10 * 1024 * 1024, "{\"title\":\"");
        assertThat(response).startsWith("HTTP/1.1 413").contains("urn:acde:problem:body-too-large");
        assertThat(all("program")).isEqualTo(before);

        String hostile = "'; DROP TABLE enrolment; -- <script>alert(1)</script>";
        Map<String, Object> body = program("VN");
        body.put("title", hostile);
        String id = createProgram(Tokens.partner("VN"), body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.partner("VN")).get("/api/v1/programs/" + id).then().statusCode(200).body("title", is(hostile));
    }

    /** Text with a NUL character and times beyond PostgreSQL's range pass validation but cannot be stored: 400. */
    @Test
    void valuesPostgreSQLCannotStore() {
        Map<String, Object> body = program("VN");
        body.put("title", "AI\u0000governance");
        long before = all("program");
        createProgram(Tokens.partner("VN"), body).then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:validation"));
        assertThat(all("program")).isEqualTo(before);

        String program = publishedProgram("VN");
        Map<String, Object> cohort = cohort(5, Map.of());
        cohort.put("startDate", "+300001-01-01");
        cohort.put("endDate", "+300001-01-02");
        cohort.put("enrolmentOpens", "+299999-01-01T00:00:00Z");
        cohort.put("enrolmentCloses", "+300000-01-01T00:00:00Z");
        createCohort(Tokens.partner("VN"), program, cohort).then().statusCode(400).contentType("application/problem+json");
        assertThat(rows(database, "cohort", "program_id = '" + program + "'")).isZero();
    }

    @Test
    void badParameters() {
        given().get("/api/v1/programs/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("topic", "ASTROLOGY").get("/api/v1/programs").then().statusCode(400).body("errors[0].field", is("topic"));
        given().queryParam("limit", 101).get("/api/v1/programs").then().statusCode(400).body("errors[0].field", is("limit"));
        given().queryParam("sort", "budget").get("/api/v1/programs").then().statusCode(400).body("errors[0].field", is("sort"));
        given().queryParam("cursor", "forged.cursor").get("/api/v1/programs").then().statusCode(400)
                .body("errors[0].field", is("cursor"));
        given().auth().oauth2(Tokens.secretariat()).queryParam("status", "MAYBE")
                .get("/api/v1/cohorts/" + UUID.randomUUID() + "/enrolments").then().statusCode(400)
                .body("errors[0].field", is("status"));
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/enrolments/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.secretariat()).post("/api/v1/enrolments/" + UUID.randomUUID() + "/erasure").then().statusCode(404);
    }
}
