package org.acde.initiatives.results;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.inStatus;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ResultsFrameworkTest {

    private static Map<String, Object> indicator(String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "MSMEs onboarded");
        body.put("level", "OUTPUT");
        body.put("unit", unit);
        body.put("ascending", true);
        body.put("baseline", unit.equals("QUALITATIVE") ? Map.of("text", "No platform", "date", "2025-12-31")
                : Map.of("value", 0, "date", "2025-12-31"));
        body.put("targets", unit.equals("QUALITATIVE") ? List.of(Map.of("period", "2026", "text", "Platform live"))
                : List.of(Map.of("period", "2026-H1", "value", 50), Map.of("period", "2026-H2", "value", 120)));
        return body;
    }

    private static ValidatableResponse post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static String indicators(String initiative) {
        return "/api/v1/initiatives/" + initiative + "/indicators";
    }

    private static String reports(String initiative) {
        return "/api/v1/initiatives/" + initiative + "/progress-reports";
    }

    /** Last year: its periods have all started, whatever the day of the run. */
    private static final String LAST_YEAR = Year.now(ZoneOffset.UTC).minusYears(1).toString();

    private static Map<String, Object> report(String period, Object... actuals) {
        return new HashMap<>(Map.of("period", period, "narrative", "Onboarding went well.", "actuals", List.of(actuals)));
    }

    @Test
    void participatingAgenciesReportActualsThatTheIndicatorShows() {
        String initiative = inStatus(initiative("VN", uniqueTag(), "CN", "LA"), "ENDORSED", "ACTIVE");
        String indicator = post(Tokens.agency("VN"), indicators(initiative), indicator("COUNT")).statusCode(201)
                .body("targets.period", contains("2026-H1", "2026-H2")).extract().path("id");

        post(Tokens.agency("CN"), reports(initiative), report(LAST_YEAR + "-H1", Map.of("indicatorId", indicator, "value", 30,
                "byParty", List.of(Map.of("party", "CN", "value", 20), Map.of("party", "VN", "value", 10)),
                "bySex", List.of(Map.of("sex", "F", "value", 16), Map.of("sex", "M", "value", 14)))))
                .statusCode(201).body("party", is("CN")).body("submittedBy", is("agency-cn-demo"));
        post(Tokens.agency("VN"), reports(initiative), report(LAST_YEAR + "-H1", Map.of("indicatorId", indicator, "value", 25)))
                .statusCode(201);

        given().get(indicators(initiative) + "/" + indicator).then().statusCode(200)
                .body("actuals.reportedBy", contains("CN", "VN"))
                .body("actuals[0].value", is(30))
                .body("actuals[0].bySex.sex", contains("F", "M"));
        given().get(reports(initiative)).then().statusCode(200).body("total", is(2));
    }

    @Test
    void onePerPartyAndPeriod() {
        String initiative = inStatus(initiative("TH", uniqueTag(), "CN"), "ENDORSED");
        post(Tokens.agency("TH"), reports(initiative), report(LAST_YEAR + "-Q1")).statusCode(201);
        post(Tokens.agency("TH"), reports(initiative), report(LAST_YEAR + "-Q1")).statusCode(409);
        post(Tokens.agency("TH"), reports(initiative), report(LAST_YEAR + "-Q2")).statusCode(201);
    }

    @Test
    void onlyParticipatingAgenciesReportAndOnlyForTheirOwnParty() {
        String initiative = inStatus(initiative("MY", uniqueTag(), "SG"), "ENDORSED");
        post(Tokens.agency("PH"), reports(initiative), report(LAST_YEAR)).statusCode(422).body("errors[0].field", is("party"));
        post(Tokens.partner("SG"), reports(initiative), report(LAST_YEAR)).statusCode(403);
        Map<String, Object> forOther = report(LAST_YEAR);
        forOther.put("party", "MY");
        post(Tokens.agency("SG"), reports(initiative), forOther).statusCode(403);
        post(Tokens.secretariat(), reports(initiative), report(LAST_YEAR)).statusCode(400).body("errors[0].field", is("party"));
        post(Tokens.secretariat(), reports(initiative), forOther).statusCode(201).body("party", is("MY"));
        given().contentType(ContentType.JSON).body(report(LAST_YEAR)).post(reports(initiative)).then().statusCode(401);
    }

    @Test
    void actualsMustFitTheirIndicators() {
        String initiative = inStatus(initiative("ID", uniqueTag(), "CN"), "ENDORSED");
        String count = post(Tokens.agency("ID"), indicators(initiative), indicator("COUNT")).statusCode(201).extract().path("id");
        String words = post(Tokens.agency("ID"), indicators(initiative), indicator("QUALITATIVE")).statusCode(201)
                .extract().path("id");
        String foreign = post(Tokens.agency("ID"), indicators(inStatus(initiative("ID", uniqueTag()), "ENDORSED")),
                indicator("COUNT")).statusCode(201).extract().path("id");

        post(Tokens.agency("ID"), reports(initiative), report(LAST_YEAR, Map.of("indicatorId", foreign, "value", 1)))
                .statusCode(422).body("errors[0].field", is("actuals[0].indicatorId"));
        post(Tokens.agency("ID"), reports(initiative), report(LAST_YEAR, Map.of("indicatorId", count, "value", 2.5)))
                .statusCode(400).body("errors[0].field", is("actuals[0].value"));
        post(Tokens.agency("ID"), reports(initiative), report(LAST_YEAR, Map.of("indicatorId", words, "value", 3)))
                .statusCode(400).body("errors.field", hasItem("actuals[0].text"));
        post(Tokens.agency("ID"), reports(initiative), report(LAST_YEAR, Map.of("indicatorId", count, "value", 1),
                Map.of("indicatorId", count, "value", 2))).statusCode(400).body("errors[0].field", is("actuals[1].indicatorId"));
        post(Tokens.agency("ID"), reports(initiative), report(LAST_YEAR, Map.of("indicatorId", count, "value", 5,
                "byParty", List.of(Map.of("party", "TH", "value", 5))))).statusCode(400)
                .body("errors[0].field", is("actuals[0].byParty[0].party"));
        post(Tokens.agency("ID"), reports(initiative), report("2026-H3")).statusCode(400).body("errors[0].field", is("period"));
        given().get(reports(initiative)).then().body("total", is(0));
    }

    @Test
    void reportsAreForPeriodsThatHaveStarted() {
        String initiative = inStatus(initiative("LA", uniqueTag(), "CN"), "ENDORSED");
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        // Periods that start months ahead, so that a run across midnight decides the same.
        for (String future : List.of(month.plusMonths(2).toString(), (month.getYear() + 1) + "-H2")) {
            post(Tokens.agency("LA"), reports(initiative), report(future)).statusCode(422)
                    .contentType("application/problem+json").body("status", is(422)).body("errors[0].field", is("period"));
        }
        given().get(reports(initiative)).then().body("total", is(0));
        post(Tokens.agency("LA"), reports(initiative), report(month.toString())).statusCode(201);
        post(Tokens.agency("LA"), reports(initiative), report(Integer.toString(month.getYear()))).statusCode(201);
        given().get(reports(initiative)).then().body("total", is(2));
    }

    @Test
    void indicatorsAreCheckedAndKeptOnceReported() {
        String initiative = inStatus(initiative("KH", uniqueTag(), "CN"), "ENDORSED");
        Map<String, Object> percent = indicator("PERCENT");
        percent.put("targets", List.of(Map.of("period", "2026", "value", 120)));
        post(Tokens.agency("KH"), indicators(initiative), percent).statusCode(400).body("errors[0].field", is("targets[0].value"));
        Map<String, Object> twice = indicator("COUNT");
        twice.put("targets", List.of(Map.of("period", "2026", "value", 1), Map.of("period", "2026", "value", 2)));
        post(Tokens.agency("KH"), indicators(initiative), twice).statusCode(400).body("errors[0].field", is("targets[1].period"));
        post(Tokens.agency("CN"), indicators(initiative), indicator("COUNT")).statusCode(403);

        String id = post(Tokens.agency("KH"), indicators(initiative), indicator("COUNT")).statusCode(201).extract().path("id");
        post(Tokens.agency("CN"), reports(initiative), report(LAST_YEAR, Map.of("indicatorId", id, "value", 4))).statusCode(201);
        given().auth().oauth2(Tokens.agency("KH")).header("If-Match", "\"0\"").delete(indicators(initiative) + "/" + id)
                .then().statusCode(409);
        Map<String, Object> asPercent = indicator("PERCENT");
        asPercent.put("targets", List.of(Map.of("period", "2026", "value", 40)));
        given().auth().oauth2(Tokens.agency("KH")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(asPercent).put(indicators(initiative) + "/" + id).then().statusCode(422)
                .body("errors[0].field", is("unit"));
    }
}
