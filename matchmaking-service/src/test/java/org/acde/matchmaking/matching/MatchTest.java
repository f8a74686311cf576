package org.acde.matchmaking.matching;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.enterprise;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.acde.matchmaking.Fixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.acde.matchmaking.Fixtures;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class MatchTest {

    private static JsonPath matches(String id) {
        return given().queryParam("limit", 100).get("/api/v1/opportunities/" + id + "/matches").then().statusCode(200)
                .body("opportunityId", is(id)).extract().jsonPath();
    }

    private static String publishedWith(String party, String type, List<String> technologies, List<String> sectors) {
        String token = Tokens.partner(party);
        Map<String, Object> body = opportunity(enterpriseOf(token, party), type);
        body.put("technologies", technologies);
        body.put("sectors", sectors);
        return published(token, body);
    }

    @Test
    void complementaryOpportunitiesRankedWithExplanations() {
        String vnToken = Tokens.partner("VN");
        String vnEnterprise = enterpriseOf(vnToken, "VN");
        Map<String, Object> offer = opportunity(vnEnterprise, "TECHNOLOGY_OFFER");
        offer.put("technologies", List.of("INTERNET_OF_THINGS", "SMART_AGRICULTURE", "DIGITAL_TWINS"));
        String query = published(vnToken, offer);

        String strong = publishedWith("CN", "TECHNOLOGY_REQUEST", List.of("INTERNET_OF_THINGS", "SMART_AGRICULTURE", "DIGITAL_TWINS"), List.of("A"));
        String partial = publishedWith("TH", "TECHNOLOGY_REQUEST", List.of("DIGITAL_TWINS", "QUANTUM"), List.of("C"));
        String sameType = publishedWith("CN", "TECHNOLOGY_OFFER", List.of("INTERNET_OF_THINGS", "SMART_AGRICULTURE"), List.of("A"));
        String otherKind = publishedWith("CN", "BUSINESS_REQUEST", List.of("INTERNET_OF_THINGS", "SMART_AGRICULTURE"), List.of("A"));
        Map<String, Object> ownRequest = opportunity(vnEnterprise, "TECHNOLOGY_REQUEST");
        String own = published(vnToken, ownRequest);
        String draft = createOpportunity(Tokens.partner("CN"), opportunity(enterpriseOf(Tokens.partner("CN"), "CN"), "TECHNOLOGY_REQUEST"))
                .then().statusCode(201).extract().path("id");

        JsonPath result = matches(query);
        assertThat(result.getString("matchedType")).isEqualTo("TECHNOLOGY_REQUEST");
        List<String> ids = result.getList("items.opportunity.id");
        assertThat(ids).contains(strong, partial).doesNotContain(sameType, otherKind, own, draft, query);
        assertThat(ids.indexOf(strong)).isLessThan(ids.indexOf(partial));
        assertThat(result.getList("items.opportunity.type", String.class)).containsOnly("TECHNOLOGY_REQUEST");
        assertThat(result.getList("items.opportunity.enterpriseName")).containsOnlyNulls();

        List<Map<String, Object>> items = result.getList("items");
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            double score = ((Number) item.get("score")).doubleValue();
            assertThat(score).isBetween(0.0, 1.0);
            assertThat(item.get("rank")).isEqualTo(i + 1);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> factors = (List<Map<String, Object>>) item.get("factors");
            assertThat(factors).extracting(f -> f.get("factor")).containsExactly("TECHNOLOGY", "SECTOR", "TARGET_PARTY",
                    "CROSS_BORDER", "MSME", "LANGUAGE", "FRESHNESS");
            double sum = factors.stream().mapToDouble(f -> ((Number) f.get("contribution")).doubleValue()).sum();
            double weights = factors.stream().mapToDouble(f -> ((Number) f.get("weight")).doubleValue()).sum();
            assertThat(sum).isCloseTo(score, org.assertj.core.data.Offset.offset(0.0005));
            assertThat(weights).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.0005));
        }
        Map<String, Object> best = items.get(ids.indexOf(strong));
        assertThat(best.toString()).contains("CROSS_BORDER").contains("VN–CN: ASEAN–China").contains("shares INTERNET_OF_THINGS");
    }

    @Test
    void deterministicWithTiesInIdOrder() {
        String query = publishedWith("MM", "RESEARCH_COOPERATION", List.of("QUANTUM", "SATELLITE"), List.of("M"));
        // Two candidates that differ only in who owns them score the same.
        String first = publishedWith("KH", "RESEARCH_COOPERATION", List.of("QUANTUM", "SATELLITE"), List.of("M"));
        String second = publishedWith("KH", "RESEARCH_COOPERATION", List.of("QUANTUM", "SATELLITE"), List.of("M"));
        JsonPath once = matches(query);
        JsonPath again = matches(query);
        assertThat(again.getList("items.opportunity.id")).isEqualTo(once.getList("items.opportunity.id"));
        List<String> ids = once.getList("items.opportunity.id");
        List<Float> scores = once.getList("items.score", Float.class);
        assertThat(scores.get(ids.indexOf(first))).isEqualTo(scores.get(ids.indexOf(second)));
        for (int i = 1; i < ids.size(); i++) {
            assertThat(scores.get(i)).isLessThanOrEqualTo(scores.get(i - 1));
            if (scores.get(i).equals(scores.get(i - 1))) {
                assertThat(ids.get(i)).isGreaterThan(ids.get(i - 1));
            }
        }
        assertThat(once.getList("items.opportunity.type", String.class)).containsOnly("RESEARCH_COOPERATION");
    }

    @Test
    void withdrawnAndChangedOpportunitiesLeaveOrMoveInTheRanking() {
        String query = publishedWith("BN", "BUSINESS_OFFER", List.of("HEALTHTECH"), List.of("Q"));
        String candidate = publishedWith("TL", "BUSINESS_REQUEST", List.of("HEALTHTECH"), List.of("Q"));
        assertThat(matches(query).getList("items.opportunity.id")).contains(candidate);
        transition(Tokens.partner("TL"), candidate, "WITHDRAWN").then().statusCode(200);
        assertThat(matches(query).getList("items.opportunity.id")).doesNotContain(candidate);
    }

    @Test
    void aChangedEnterpriseChangesTheScoresOfItsOpportunities() {
        String query = publishedWith("TH", "BUSINESS_REQUEST", List.of("E_COMMERCE"), List.of("G"));
        String token = Tokens.partner("ID");
        Map<String, Object> company = enterprise("ID");
        String enterprise = Fixtures.createEnterprise(token, company).then().statusCode(201).extract().path("id");
        Map<String, Object> offer = opportunity(enterprise, "BUSINESS_OFFER");
        offer.put("technologies", List.of("E_COMMERCE"));
        offer.put("sectors", List.of("G"));
        offer.put("partnershipTypes", List.of("DISTRIBUTION"));
        String candidate = published(token, offer);
        double before = msme(matches(query), candidate);
        company.put("sizeBand", "LARGE");
        given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON).header("If-Match", "\"0\"").body(company)
                .put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        assertThat(msme(matches(query), candidate)).isEqualTo(before - 0.5);
    }

    private static double msme(JsonPath matches, String candidate) {
        List<String> ids = matches.getList("items.opportunity.id");
        assertThat(ids).contains(candidate);
        return matches.getDouble("items[" + ids.indexOf(candidate) + "].factors.find { it.factor == 'MSME' }.value");
    }

    @Test
    void draftsAreMatchedOnlyForThoseWhoSeeThem() {
        String token = Tokens.partner("PH");
        String draft = createOpportunity(token, opportunity(Fixtures.createEnterprise(token, enterprise("PH")).then().statusCode(201)
                .extract().path("id"), "TECHNOLOGY_OFFER")).then().statusCode(201).extract().path("id");
        given().get("/api/v1/opportunities/" + draft + "/matches").then().statusCode(404);
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/opportunities/" + draft + "/matches").then().statusCode(404);
        given().auth().oauth2(token).get("/api/v1/opportunities/" + draft + "/matches").then().statusCode(200)
                .body("matchedType", is("TECHNOLOGY_REQUEST"));
    }
}
