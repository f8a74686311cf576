package org.acde.capacity.program;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.program;
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

/** Statistics and problem titles in the language of Accept-Language; language tags on what providers write. */
@QuarkusTest
class ProgramLanguageTest {

    @Test
    void statisticsAreLabelledInTheNegotiatedLanguage() {
        given().header("Accept-Language", "zh-CN").get("/api/v1/capacity/stats").then().statusCode(200)
                .header("Content-Language", "zh").header("Vary", "Accept-Language")
                .body("byParty.find { it.code == 'LA' }.label", is("老挝"))
                .body("byAudience.find { it.code == 'OFFICIALS' }.label", is("政府官员"))
                .body("bySex.find { it.code == 'F' }.label", is("女"))
                .body("byMeasure.find { it.code == 'VI' }.label", is("提升数字素养和数字能力"));
        given().header("Accept-Language", "en-GB;q=0.9, zh;q=0.8").get("/api/v1/capacity/stats").then().statusCode(200)
                .header("Content-Language", "en").body("byParty.find { it.code == 'LA' }.label", is("Lao People's Democratic Republic"));
    }

    @Test
    void aMalformedOrHugeHeaderIsEnglish() {
        for (String header : new String[] { "zh;q=1.5", "@@@", "zh,".repeat(4000) }) {
            given().header("Accept-Language", header).get("/api/v1/capacity/stats").then().statusCode(200)
                    .header("Content-Language", "en").body("bySex.find { it.code == 'F' }.label", is("Female"));
        }
    }

    @Test
    void problemTitlesAreTranslatedTheTypeIsNot() {
        given().header("Accept-Language", "zh").get("/api/v1/programs/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", is("urn:acde:problem:not-found")).body("title", is("未找到资源"))
                .header("Content-Language", "zh").header("Vary", "Accept-Language");
        given().header("Accept-Language", "zh").contentType("application/json").body(Map.of("title", "x"))
                .auth().oauth2(Tokens.agency("VN")).post("/api/v1/programs").then().statusCode(400)
                .body("type", is("urn:acde:problem:validation")).body("title", is("请求校验失败"));
    }

    @Test
    void languageTagsAreStoredAndReturned() {
        String token = Tokens.partner("TH");
        Map<String, Object> body = program("TH");
        body.put("title", "ธรรมาภิบาล AI สำหรับเจ้าหน้าที่รัฐ");
        body.put("titleLanguage", "th");
        body.put("descriptionLanguage", "en");
        String id = createProgram(token, body).then().statusCode(201)
                .body("titleLanguage", is("th")).body("descriptionLanguage", is("en")).extract().path("id");
        given().auth().oauth2(token).header("Accept-Language", "zh").get("/api/v1/programs/" + id).then().statusCode(200)
                .body("title", is("ธรรมาภิบาล AI สำหรับเจ้าหน้าที่รัฐ")).body("titleLanguage", is("th"))
                .header("Content-Language", nullValue());
        createProgram(token, program("TH")).then().statusCode(201).body("titleLanguage", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "thai", "th_TH", "en-a1", "-th", "abcdefghijabcdefghijabcdefghijabcdef" })
    void aMalformedLanguageTagIsA400(String malformed) {
        Map<String, Object> body = program("TH");
        body.put("titleLanguage", malformed);
        createProgram(Tokens.partner("TH"), body).then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:validation")).body("errors.field", hasItem("titleLanguage"));
    }
}
