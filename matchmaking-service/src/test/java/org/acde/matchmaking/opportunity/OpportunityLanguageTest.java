package org.acde.matchmaking.opportunity;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Statistics and problem titles in the language of Accept-Language; language tags on what partners write. */
@QuarkusTest
class OpportunityLanguageTest {

    @Test
    void statisticsAreLabelledInTheNegotiatedLanguage() {
        given().header("Accept-Language", "zh-CN, en;q=0.5").get("/api/v1/matchmaking/stats").then().statusCode(200)
                .header("Content-Language", "zh").header("Vary", "Accept-Language")
                .body("agreementsByMeasure.find { it.code == 'IV' }.label", is("推动产业数字化转型"))
                .body("agreementsBySizeBand.find { it.code == 'MICRO' }.label", is("微型企业"));
        given().header("Accept-Language", "zh;q=0.1, en").get("/api/v1/matchmaking/stats").then().statusCode(200)
                .header("Content-Language", "en")
                .body("agreementsBySizeBand.find { it.code == 'MICRO' }.label", is("Micro enterprise"));
    }

    @Test
    void aMalformedOrHugeHeaderIsEnglish() {
        for (String header : new String[] { "zh;q=9", "=;=;", "zh-" + "x".repeat(5000) }) {
            given().header("Accept-Language", header).get("/api/v1/matchmaking/stats").then().statusCode(200)
                    .header("Content-Language", "en")
                    .body("agreementsBySizeBand.find { it.code == 'MICRO' }.label", is("Micro enterprise"));
        }
    }

    @Test
    void problemTitlesAreTranslatedTheTypeIsNot() {
        given().header("Accept-Language", "zh-Hans").auth().oauth2(Tokens.partner("VN"))
                .get("/api/v1/opportunities/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", is("urn:acde:problem:not-found")).body("title", is("未找到资源"))
                .header("Content-Language", "zh").header("Vary", "Accept-Language");
        given().header("Accept-Language", "zh").get("/api/v1/opportunities/" + UUID.randomUUID()).then()
                .statusCode(404).body("title", is("未找到资源"));
    }

    @Test
    void languageTagsAreStoredAndReturnedAndTheTextAsWritten() {
        String token = Tokens.partner("VN");
        Map<String, Object> body = opportunity(enterpriseOf(token, "VN"), "TECHNOLOGY_OFFER");
        body.put("title", "Cảm biến đất IoT cho nông trại lúa");
        body.put("titleLanguage", "vi");
        body.put("summaryLanguage", "en");
        String id = createOpportunity(token, body).then().statusCode(201)
                .body("titleLanguage", is("vi")).body("summaryLanguage", is("en")).extract().path("id");
        given().auth().oauth2(token).header("Accept-Language", "zh").get("/api/v1/opportunities/" + id).then().statusCode(200)
                .body("title", is("Cảm biến đất IoT cho nông trại lúa")).body("titleLanguage", is("vi"))
                .header("Content-Language", nullValue()).header("Vary", nullValue());
        Map<String, Object> untagged = opportunity(enterpriseOf(token, "VN"), "TECHNOLOGY_OFFER");
        createOpportunity(token, untagged).then().statusCode(201)
                .body("titleLanguage", nullValue()).body("summaryLanguage", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "vietnamese", "vi_VN", "en-a1", "vi-", "<b>", "abcdefghijabcdefghijabcdefghijabcdefghij" })
    void aMalformedLanguageTagIsA400(String malformed) {
        String token = Tokens.partner("VN");
        Map<String, Object> body = opportunity(enterpriseOf(token, "VN"), "TECHNOLOGY_OFFER");
        body.put("summaryLanguage", malformed);
        createOpportunity(token, body).then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:validation")).body("errors.field", hasItem("summaryLanguage"));
    }
}
