package org.acde.capacity.portfolio;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.enrol;
import static org.acde.capacity.Fixtures.ended;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.published;
import static org.acde.capacity.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.testing.InitiativesServiceStub;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** {@code initiativeId} on the program list and the statistics: what an initiative's portfolio is made of. */
@QuarkusTest
@QuarkusTestResource(InitiativesServiceStub.class)
class InitiativeFilterTest {

    private static UUID initiative() {
        UUID initiative = UUID.randomUUID();
        InitiativesServiceStub.exists(initiative);
        return initiative;
    }

    private static Map<String, Object> linked(String party, UUID initiative) {
        Map<String, Object> body = program(party);
        body.put("initiativeId", initiative.toString());
        return body;
    }

    private static List<String> programs(RequestSpecification caller, UUID initiative) {
        return caller.queryParam("initiativeId", initiative.toString()).get("/api/v1/programs").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void theProgramListGivesAnInitiativesProgramsAsEachCallerMaySeeThem() {
        UUID initiative = initiative();
        String first = published(linked("VN", initiative));
        String second = published(linked("TH", initiative));
        String draft = createProgram(Tokens.partner("VN"), linked("VN", initiative)).then().statusCode(201).extract().path("id");
        published(linked("VN", initiative()));
        published(program("VN"));

        assertThat(programs(given(), initiative)).containsExactlyInAnyOrder(first, second);
        assertThat(programs(given().auth().oauth2(Tokens.partner("TH")), initiative)).containsExactlyInAnyOrder(first, second);
        assertThat(programs(given().auth().oauth2(Tokens.agency("VN")), initiative)).containsExactlyInAnyOrder(first, second, draft);
        assertThat(programs(given().auth().oauth2(Tokens.secretariat()), initiative)).containsExactlyInAnyOrder(first, second, draft);
        given().queryParam("initiativeId", initiative.toString()).queryParam("providerParty", "TH").get("/api/v1/programs")
                .then().statusCode(200).body("items.id", containsInAnyOrder(second)).body("total", is(1));
    }

    @Test
    void anUnknownInitiativeIsAnEmptyPageAndAMalformedOneA400NamingIt() {
        given().queryParam("initiativeId", UUID.randomUUID().toString()).get("/api/v1/programs").then().statusCode(200)
                .body("items", empty()).body("total", is(0));
        for (String bad : new String[] { "nope", "123", "1-2-3-4-5", "' or 1=1 --", UUID.randomUUID() + "0" }) {
            given().queryParam("initiativeId", bad).get("/api/v1/programs").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("initiativeId"));
            given().queryParam("initiativeId", bad).get("/api/v1/capacity/stats").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("initiativeId"));
        }
    }

    @Test
    void statisticsOfAnInitiativeCountItsProgramsParticipantsCompletionsAndCertificates() {
        UUID initiative = initiative();
        String provider = Tokens.partner("VN");
        String program = published(linked("VN", initiative));
        published(linked("VN", initiative));
        String cohortId = createCohort(provider, program, cohort(10, Map.of())).then().statusCode(201).extract().path("id");
        String[][] people = { { "TH", "F" }, { "TH", "M" }, { "VN", "F" } };
        String[] ids = new String[people.length];
        for (int i = 0; i < people.length; i++) {
            Map<String, Object> participant = participant(people[i][0]);
            participant.put("sex", people[i][1]);
            ids[i] = enrol(Tokens.agency(people[i][0]), cohortId, participant).then().statusCode(201).extract().path("id");
        }
        // Elsewhere: a participant of another initiative's program must not count.
        String other = createCohort(provider, published(linked("VN", initiative())), cohort(10, Map.of())).then().statusCode(201)
                .extract().path("id");
        enrol(Tokens.agency("TH"), other, participant("TH")).then().statusCode(201);
        ended(provider, cohortId);
        String certificate = result(provider, ids[0], 100, 90).then().statusCode(200).extract().path("certificateId");
        result(provider, ids[2], 100, 95).then().statusCode(200);
        result(provider, ids[1], 10, 20).then().statusCode(200);
        given().auth().oauth2(provider).contentType(ContentType.JSON).body(Map.of("reason", "issued in error"))
                .post("/api/v1/certificates/" + certificate + "/revocation").then().statusCode(200);

        JsonPath stats = given().queryParam("initiativeId", initiative.toString()).get("/api/v1/capacity/stats").then()
                .statusCode(200).extract().jsonPath();
        assertThat(stats.getString("initiativeId")).isEqualTo(initiative.toString());
        assertThat(stats.getLong("programs")).isEqualTo(2);
        assertThat(stats.getLong("participants")).isEqualTo(3);
        assertThat(stats.getLong("completions")).isEqualTo(2);
        assertThat(stats.getLong("certificatesIssued")).isEqualTo(2);
        assertThat(stats.getLong("certificatesRevoked")).isEqualTo(1);
        assertThat(count(stats, "byParty", "TH", "participants")).isEqualTo(2);
        assertThat(count(stats, "byParty", "TH", "completions")).isEqualTo(1);
        assertThat(count(stats, "byParty", "VN", "completions")).isEqualTo(1);
        assertThat(count(stats, "bySex", "F", "completions")).isEqualTo(2);
        assertThat(count(stats, "bySex", "M", "participants")).isEqualTo(1);
        assertThat(count(stats, "bySex", "M", "completions")).isZero();

        JsonPath both = given().queryParam("initiativeId", initiative.toString()).queryParam("party", "TH")
                .get("/api/v1/capacity/stats").then().statusCode(200).extract().jsonPath();
        assertThat(both.getLong("participants")).isEqualTo(2);
        assertThat(both.getLong("certificatesIssued")).isEqualTo(1);

        JsonPath unknown = given().queryParam("initiativeId", UUID.randomUUID().toString()).get("/api/v1/capacity/stats").then()
                .statusCode(200).extract().jsonPath();
        assertThat(unknown.getLong("programs")).isZero();
        assertThat(unknown.getLong("participants")).isZero();
        assertThat(unknown.getLong("certificatesIssued")).isZero();
    }

    private static long count(JsonPath stats, String dimension, String code, String what) {
        List<Map<String, Object>> groups = stats.getList(dimension);
        return groups.stream().filter(group -> code.equals(group.get("code"))).findFirst()
                .map(group -> ((Number) group.get(what)).longValue()).orElseThrow();
    }
}
