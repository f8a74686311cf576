package org.acde.kernel.i18n;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import org.acde.testing.OidcServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The front door negotiates the language; whatever used it says so in Content-Language and Vary. */
@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class RequestLanguageTest {

    private static final String ENGLISH = "Accelerate innovative application of emerging digital technologies";
    private static final String CHINESE = "加快新兴数字技术创新应用";

    private static ValidatableResponse label(String acceptLanguage) {
        return given().header("Accept-Language", acceptLanguage).get("/probe/label").then().statusCode(200);
    }

    @Test
    void labelsAreInTheNegotiatedLanguageAndTheAnswerSaysSo() {
        label("zh-CN").body(is(CHINESE)).header("Content-Language", "zh").header("Vary", "Accept-Language");
        label("zh-Hans-CN;q=0.9, en;q=0.8").body(is(CHINESE)).header("Content-Language", "zh");
        label("en;q=0.5, zh;q=0.9").body(is(CHINESE));
        label("zh;q=0.5, en;q=0.9").body(is(ENGLISH)).header("Content-Language", "en").header("Vary", "Accept-Language");
        label("zh;q=0, *").body(is(ENGLISH)).header("Content-Language", "en");
        label("vi, zh;q=0.1").body(is(CHINESE));
    }

    @Test
    void withoutAcceptLanguageTheAnswerIsEnglish() {
        given().get("/probe/label").then().statusCode(200).body(is(ENGLISH)).header("Content-Language", "en")
                .header("Vary", "Accept-Language");
    }

    @ParameterizedTest
    @ValueSource(strings = { "garbage;;;", "zh;q=2", "zh;q=abc", ";;,,==", "<script>", "zh-" })
    void aMalformedHeaderIsEnglishNeverAnError(String header) {
        label(header).body(is(ENGLISH)).header("Content-Language", "en");
    }

    @Test
    void aHugeGarbageHeaderIsEnglish() {
        label("x".repeat(8000)).body(is(ENGLISH)).header("Content-Language", "en");
        label("zh;q=".repeat(2000)).body(is(ENGLISH));
    }

    @Test
    void aHugeHeaderThatWouldMatchIsStillEnglish() {
        label("zh," + " en;q=0.1,".repeat(500)).body(is(ENGLISH));
    }

    @Test
    void answersWithoutLabelsDeclareNoLanguage() {
        given().header("Accept-Language", "zh").get("/probe/numbers").then().statusCode(200)
                .header("Content-Language", nullValue())
                .header("Vary", nullValue());
    }

    @Test
    void problemTitlesAreTranslatedTheTypeAndDetailAreNot() {
        given().header("Accept-Language", "zh-CN").get("/probe/conflict").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("urn:acde:problem:conflict"))
                .body("title", is("与当前状态冲突"))
                .body("detail", is("Cannot move from CLOSED to ACTIVE"))
                .header("Content-Language", "zh").header("Vary", "Accept-Language");
        given().header("Accept-Language", "de").get("/probe/conflict").then().statusCode(409)
                .body("title", is("Conflict with the current state")).header("Content-Language", "en");
    }

    @Test
    void problemsOfTheHttpLayerAreTranslatedToo() {
        // Outside Quarkus REST: no route at all, and a token refused before any resource runs.
        given().header("Accept-Language", "zh").get("/nothing-here").then().statusCode(404)
                .body("title", is("未找到资源")).header("Content-Language", "zh").header("Vary", "Accept-Language");
        given().header("Accept-Language", "zh").auth().oauth2("not-a-token").get("/probe/whoami").then().statusCode(401)
                .body("type", is("urn:acde:problem:unauthorized")).body("title", is("需要身份验证"))
                .header("Content-Language", "zh");
        given().header("Accept-Language", "zh").get("/probe/whoami").then().statusCode(401)
                .body("title", is("需要身份验证")).header("Content-Language", "zh");
    }

    @Test
    void validationProblemsAreTranslated() {
        given().header("Accept-Language", "zh").contentType("application/json").body("{\"name\": ")
                .post("/probe").then().statusCode(400)
                .body("title", is("请求格式错误")).header("Content-Language", "zh")
                .header("Vary", not(containsString("Accept-Language, Accept-Language")));
    }
}
