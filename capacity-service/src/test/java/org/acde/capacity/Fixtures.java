package org.acde.capacity;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.acde.testing.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Request bodies and shortcuts the capacity tests share; every test creates the data it needs. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid program provided by an organisation of {@code party}. */
    public static Map<String, Object> program(String party) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "AI governance for officials " + unique());
        body.put("description", "Principles, risk assessment and procurement of AI systems in government.");
        body.put("measure", "VI");
        body.put("topics", List.of("AI_GOVERNANCE", "DATA"));
        body.put("audiences", List.of("OFFICIALS", "MANAGERS"));
        body.put("providerParty", party);
        body.put("providerOrganisation", "Academy of Digital Skills");
        body.put("delivery", "HYBRID");
        body.put("languages", List.of("en", "vi"));
        return body;
    }

    public static Response createProgram(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/programs");
    }

    /** Creates a program as a partner of {@code party} and publishes it; returns its id. */
    public static String publishedProgram(String party) {
        return published(program(party));
    }

    public static String published(Map<String, Object> body) {
        String token = Tokens.partner((String) body.get("providerParty"));
        String id = createProgram(token, body).then().statusCode(201).extract().path("id");
        transition(token, id, "PUBLISHED").then().statusCode(200);
        return id;
    }

    public static Response transition(String token, String programId, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", to, "reason", "by test"))
                .post("/api/v1/programs/" + programId + "/transitions");
    }

    /** A cohort whose enrolment window is open now and which starts in ten days. */
    public static Map<String, Object> cohort(int seats, Map<String, Integer> quotas) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        Map<String, Object> body = new HashMap<>();
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(4).toString());
        body.put("enrolmentOpens", now.minus(1, ChronoUnit.HOURS).toString());
        body.put("enrolmentCloses", now.plus(5, ChronoUnit.DAYS).toString());
        body.put("timeZone", "Asia/Ho_Chi_Minh");
        body.put("place", "Hanoi, National Innovation Centre");
        body.put("seats", seats);
        List<Map<String, Object>> list = new ArrayList<>();
        quotas.forEach((party, reserved) -> list.add(Map.of("party", party, "seats", reserved)));
        body.put("quotas", list);
        body.put("completion", Map.of("minAttendancePercent", 80, "passMark", 60));
        return body;
    }

    public static Response createCohort(String token, String programId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/programs/" + programId + "/cohorts");
    }

    /** A cohort of a new published program of {@code provider}; returns the cohort's id. */
    public static String openCohort(String provider, int seats, Map<String, Integer> quotas) {
        String program = publishedProgram(provider);
        return createCohort(Tokens.partner(provider), program, cohort(seats, quotas)).then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> participant(String party) {
        Map<String, Object> participant = new HashMap<>();
        participant.put("name", "Participant " + unique());
        participant.put("email", "p-" + unique() + "@example.org");
        participant.put("party", party);
        participant.put("organisationType", "GOVERNMENT");
        participant.put("sex", "F");
        participant.put("consent", true);
        return participant;
    }

    public static Response enrol(String token, String cohortId, Map<String, Object> participant) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("participant", participant))
                .post("/api/v1/cohorts/" + cohortId + "/enrolments");
    }

    /** Enrols a participant of {@code party} with that party's agency token; returns the enrolment id. */
    public static String enrolled(String cohortId, String party) {
        return enrol(Tokens.agency(party), cohortId, participant(party)).then().statusCode(201).extract().path("id");
    }

    public static Response result(String token, String enrolmentId, int attendance, Integer score) {
        Map<String, Object> body = new HashMap<>();
        body.put("attendancePercent", attendance);
        if (score != null) {
            body.put("score", score);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/enrolments/" + enrolmentId + "/result");
    }

    /**
     * Moves a cohort's schedule so that it runs the five days up to {@code lastDay}, with its enrolment window closed
     * before them; its enrolments stay. Enrolment happens before a cohort starts, results from its last day on, so
     * this is how a test gets to results.
     */
    public static Response reschedule(String token, String cohortId, LocalDate lastDay) {
        Response current = given().auth().oauth2(token).get("/api/v1/cohorts/" + cohortId);
        JsonPath cohort = current.then().statusCode(200).extract().jsonPath();
        LocalDate start = lastDay.minusDays(4);
        Map<String, Object> body = new HashMap<>();
        body.put("startDate", start.toString());
        body.put("endDate", lastDay.toString());
        body.put("enrolmentOpens", start.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        body.put("enrolmentCloses", start.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        body.put("timeZone", cohort.getString("timeZone"));
        body.put("place", cohort.getString("place"));
        body.put("seats", cohort.getInt("seats"));
        body.put("quotas", cohort.getList("quotas"));
        body.put("completion", cohort.getMap("completion"));
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body)
                .put("/api/v1/cohorts/" + cohortId);
    }

    /** Moves a cohort so that its last day was yesterday in its time zone: its results can be recorded. */
    public static void ended(String token, String cohortId) {
        String zone = given().auth().oauth2(token).get("/api/v1/cohorts/" + cohortId).then().statusCode(200).extract().path("timeZone");
        reschedule(token, cohortId, LocalDate.now(ZoneId.of(zone)).minusDays(1)).then().statusCode(200);
    }

    public static Response withdraw(String token, String enrolmentId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("to", "WITHDRAWN", "reason", "cannot attend")).post("/api/v1/enrolments/" + enrolmentId + "/transitions");
    }

    /** Rows in {@code table} matching {@code where}: how tests prove that a refused request wrote nothing. */
    public static long rows(DataSource database, String table, String where) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table + " WHERE " + where)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
