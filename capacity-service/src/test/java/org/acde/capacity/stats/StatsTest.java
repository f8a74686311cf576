package org.acde.capacity.stats;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.enrol;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.publishedProgram;
import static org.acde.capacity.Fixtures.reschedule;
import static org.acde.capacity.Fixtures.result;
import static org.acde.capacity.Fixtures.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StatsTest {

    private static JsonPath stats(String party) {
        return given().queryParam("party", party).get("/api/v1/capacity/stats").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath stats, String dimension, String code, String what) {
        List<Map<String, Object>> groups = stats.getList(dimension);
        return groups.stream().filter(group -> code.equals(group.get("code"))).findFirst()
                .map(group -> ((Number) group.get(what)).longValue()).orElse(0L);
    }

    @Test
    void participantsAndCompletionsByPartyAudienceSexMeasureAndYear() {
        JsonPath before = stats("BN");
        String program = publishedProgram("BN");
        String cohortId = createCohort(Tokens.partner("BN"), program, cohort(10, Map.of())).then().statusCode(201)
                .extract().path("id");
        String[] sexes = { "F", "M", null, "F", "X" };
        String[] ids = new String[sexes.length];
        for (int i = 0; i < sexes.length; i++) {
            Map<String, Object> participant = participant("BN");
            participant.put("sex", sexes[i]);
            if (sexes[i] == null) {
                participant.remove("sex");
            }
            ids[i] = enrol(Tokens.agency("BN"), cohortId, participant).then().statusCode(201).extract().path("id");
        }
        String provider = Tokens.partner("BN");
        // The cohort is moved into the past: its results can be recorded, and it counts for the completion rate.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        reschedule(provider, cohortId, today.minusDays(26)).then().statusCode(200);
        result(provider, ids[0], 100, 90).then().statusCode(200);
        result(provider, ids[1], 50, 90).then().statusCode(200);
        withdraw(Tokens.agency("BN"), ids[3]).then().statusCode(200);
        given().auth().oauth2(provider).contentType(ContentType.JSON).body(Map.of("to", "NO_SHOW", "reason", "absent"))
                .post("/api/v1/enrolments/" + ids[4] + "/transitions").then().statusCode(200);

        JsonPath after = stats("BN");
        assertThat(after.getString("party")).isEqualTo("BN");
        assertThat(after.getLong("programs") - before.getLong("programs")).isEqualTo(1);
        // CONFIRMED, COMPLETED and FAILED took part; WITHDRAWN and NO_SHOW did not.
        assertThat(after.getLong("participants") - before.getLong("participants")).isEqualTo(3);
        assertThat(after.getLong("completions") - before.getLong("completions")).isEqualTo(1);
        assertThat(after.getDouble("completionRate")).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(count(after, "byParty", "BN", "participants") - count(before, "byParty", "BN", "participants")).isEqualTo(3);
        assertThat(count(after, "byParty", "VN", "participants")).isZero();
        assertThat(count(after, "byAudience", "OFFICIALS", "participants") - count(before, "byAudience", "OFFICIALS", "participants"))
                .isEqualTo(3);
        assertThat(count(after, "byAudience", "STUDENTS", "participants") - count(before, "byAudience", "STUDENTS", "participants"))
                .isZero();
        assertThat(count(after, "bySex", "F", "completions") - count(before, "bySex", "F", "completions")).isEqualTo(1);
        assertThat(count(after, "bySex", "M", "participants") - count(before, "bySex", "M", "participants")).isEqualTo(1);
        assertThat(count(after, "bySex", "UNDISCLOSED", "participants") - count(before, "bySex", "UNDISCLOSED", "participants"))
                .isEqualTo(1);
        assertThat(count(after, "byMeasure", "VI", "participants") - count(before, "byMeasure", "VI", "participants")).isEqualTo(3);
        String year = Integer.toString(today.minusDays(30).getYear());
        assertThat(count(after, "byYear", year, "participants") - count(before, "byYear", year, "participants")).isEqualTo(3);
        assertThat(after.getList("byParty")).hasSize(12);
    }

    @Test
    void statisticsArePublicAndCarryNoPersonalData() {
        String program = publishedProgram("LA");
        String cohortId = createCohort(Tokens.partner("LA"), program, cohort(5, Map.of())).then().statusCode(201).extract().path("id");
        Map<String, Object> participant = participant("LA");
        enrol(Tokens.agency("LA"), cohortId, participant).then().statusCode(201);
        String all = given().get("/api/v1/capacity/stats").then().statusCode(200).extract().asString();
        assertThat(all).doesNotContain("@").doesNotContain((String) participant.get("name"));
        assertThat(given().get("/api/v1/capacity/stats").then().extract().jsonPath().getString("party")).isNull();
    }
}
