package org.acde.capacity.program;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.reschedule;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Programs ranked for a need profile: published and not ended only, best first, each factor explained. */
@QuarkusTest
class ProgramRankingTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void programsAreRankedBestFirstWithTheirFactorsAndDraftsOrEndedOnesNeverSuggested() {
        String fitting = published(program("TH"));
        createCohort(Tokens.partner("TH"), fitting, cohort(10, Map.of())).then().statusCode(201);
        Map<String, Object> other = program("VN");
        other.put("measure", "VII");
        other.put("topics", List.of("CYBERSECURITY"));
        other.put("audiences", List.of("STUDENTS"));
        other.put("languages", List.of("th"));
        String security = published(other);
        String draft = createProgram(Tokens.partner("TH"), program("TH")).then().statusCode(201).extract().path("id");
        String finished = published(program("TH"));
        String finishedCohort = createCohort(Tokens.partner("TH"), finished, cohort(10, Map.of())).then().statusCode(201).extract().path("id");
        reschedule(Tokens.partner("TH"), finishedCohort, TODAY.minusDays(2)).then().statusCode(200);

        JsonPath ranked = rank(Map.of("measure", "VI", "subArea", "AI_GOVERNANCE", "audience", "OFFICIALS", "party", "VN",
                "from", TODAY.toString(), "to", TODAY.plusDays(30).toString(), "language", "vi", "limit", "100"), Tokens.partner("TH"));
        List<String> ids = ranked.getList("items.program.id");
        assertThat(ids).contains(fitting).doesNotContain(draft, finished);
        List<Float> scores = ranked.getList("items.score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(ranked.getList("items.rank", Integer.class).get(0)).isEqualTo(1);
        int at = ids.indexOf(fitting);
        assertThat(scores.get(at)).isEqualTo(1.0f);
        assertThat(ranked.getList("items[" + at + "].factors.factor", String.class))
                .containsExactly("MEASURE", "TOPIC", "AUDIENCE", "TIMING", "LANGUAGE", "CROSS_BORDER");
        assertThat(ranked.getString("items[" + at + "].factors[3].detail")).startsWith("1 of 1 open cohorts within");
        if (ids.contains(security)) {
            assertThat(ids.indexOf(security)).isGreaterThan(at);
        }

        JsonPath forSecurity = rank(Map.of("measure", "VII", "subArea", "SECURITY_POLICIES", "audience", "STUDENTS", "party", "TH",
                "language", "th", "limit", "100"), null);
        List<String> securityIds = forSecurity.getList("items.program.id");
        assertThat(securityIds).contains(security).doesNotContain(draft, finished);
        assertThat(forSecurity.getFloat("items[" + securityIds.indexOf(security) + "].score")).isEqualTo(0.95f);
    }

    @Test
    void badQueryInputIsA400NamingTheParameter() {
        for (Map<String, String> bad : List.of(Map.of("measure", "XI"), Map.of("subArea", "NOPE"), Map.of("audience", "ALIENS"),
                Map.of("party", "ZZ"), Map.of("from", "yesterday"), Map.of("limit", "0"), Map.of("limit", "101"),
                Map.of("language", "'; drop table program; --"))) {
            String name = bad.keySet().iterator().next();
            given().queryParams(bad).get("/api/v1/programs/rankings").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.startsWith(name));
        }
        given().queryParam("from", TODAY.toString()).queryParam("to", TODAY.minusDays(1).toString()).get("/api/v1/programs/rankings")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("to"));
    }

    private static JsonPath rank(Map<String, String> query, String token) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.queryParams(query).get("/api/v1/programs/rankings").then().statusCode(200).extract().jsonPath();
    }
}
