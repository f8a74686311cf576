package org.acde.initiatives.initiative;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.etag;
import static org.acde.initiatives.initiative.Fixtures.inStatus;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Labels in the language of Accept-Language (reference data, statistics, the CSV export, problem titles), and the
 * language tags of what clients write, which is stored and returned as written.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeLanguageTest {

    private final String tag = uniqueTag();
    private String farming;

    @BeforeEach
    void seed() {
        if (farming != null) {
            return;
        }
        Map<String, Object> body = initiative("VN", tag, "CN");
        body.put("title", "智慧农业平台 " + tag);
        body.put("titleLanguage", "zh-Hans");
        body.put("summaryLanguage", "en");
        body.put("measure", "IV");
        body.put("subAreas", List.of("AGRICULTURE"));
        farming = inStatus(body, "ENDORSED", "ACTIVE");
    }

    private static ValidatableResponse measures(String acceptLanguage) {
        return given().header("Accept-Language", acceptLanguage).get("/api/v1/reference/measures").then().statusCode(200);
    }

    @Test
    void referenceDataInChinese() {
        measures("zh-CN").header("Content-Language", "zh").header("Vary", "Accept-Language")
                .body("items[0].code", is("I"))
                .body("items[0].title", is("加强政策交流和战略对接"))
                .body("items[1].title", is("促进数字基础设施发展"))
                .body("items[3].subAreas.find { it.code == 'AGRICULTURE' }.label", is("农业"));
        given().header("Accept-Language", "zh").get("/api/v1/reference/parties").then().statusCode(200)
                .header("Content-Language", "zh")
                .body("items.find { it.code == 'VN' }.name", is("越南"))
                .body("items.find { it.code == 'TL' }.name", is("东帝汶"))
                .body("items.find { it.code == 'CN' }.name", is("中国"));
        given().header("Accept-Language", "zh-Hans").get("/api/v1/reference/sectors").then().statusCode(200)
                .header("Content-Language", "zh").body("items.find { it.code == 'Q' }.label", is("教育"));
        given().header("Accept-Language", "zh").get("/api/v1/reference/stakeholder-types").then().statusCode(200)
                .body("items.find { it.code == 'ACADEMIA' }.label", is("学术界"));
    }

    @Test
    void qValuesDecide() {
        measures("en;q=0.3, zh-CN;q=0.8").header("Content-Language", "zh").body("items[0].title", is("加强政策交流和战略对接"));
        measures("zh;q=0.3, en;q=0.8").header("Content-Language", "en")
                .body("items[0].title", is("Strengthen policy exchange and strategic matchmaking"));
        measures("fr, de;q=0.9, zh;q=0.1").header("Content-Language", "zh");
        measures("fr, *;q=0.5").header("Content-Language", "en");
        measures("zh;q=0").header("Content-Language", "en");
    }

    @Test
    void englishWithoutHeaderAndForAMalformedOrHugeOne() {
        given().get("/api/v1/reference/measures").then().statusCode(200).header("Content-Language", "en")
                .header("Vary", "Accept-Language").body("items[0].title", is("Strengthen policy exchange and strategic matchmaking"));
        for (String header : List.of("zh;q=5", "zh-", "%%%", ";q=0.5", "zh;;;q", "zh" + ",zh".repeat(3000))) {
            measures(header).header("Content-Language", "en").body("items[0].title", is("Strengthen policy exchange and strategic matchmaking"));
        }
    }

    @Test
    void statisticsInChinese() {
        given().header("Accept-Language", "zh-CN").queryParam("tag", tag).queryParam("groupBy", "status")
                .get("/api/v1/initiatives/stats").then().statusCode(200)
                .header("Content-Language", "zh").header("Vary", "Accept-Language")
                .body("groups.find { it.code == 'ACTIVE' }.label", is("实施中"))
                .body("groups.find { it.code == 'ACTIVE' }.count", is(1));
        given().header("Accept-Language", "zh").queryParam("tag", tag).queryParam("groupBy", "party")
                .get("/api/v1/initiatives/stats").then().statusCode(200)
                .body("groups.find { it.code == 'VN' }.label", is("越南"));
        given().header("Accept-Language", "zh").queryParam("tag", tag).queryParam("groupBy", "year")
                .get("/api/v1/initiatives/stats").then().statusCode(200).header("Content-Language", "zh");
    }

    @Test
    void csvHeadersAndLabelsInChineseAndEnglishKeepsItsColumnNames() {
        String zh = given().header("Accept-Language", "zh-CN,zh;q=0.9").queryParam("tag", tag)
                .get("/api/v1/initiatives/export.csv").then().statusCode(200)
                .header("Content-Language", "zh").header("Vary", "Accept-Language").extract().asString();
        List<String> lines = zh.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("ID,编号,标题,措施,措施名称,子领域,子领域名称,状态,状态名称,牵头方,牵头方名称");
        assertThat(lines.get(1)).contains(farming, "智慧农业平台 " + tag, ",IV,推动产业数字化转型,", ",AGRICULTURE,农业,",
                ",ACTIVE,实施中,", ",VN,越南,", "越南; 中国");
        String en = given().queryParam("tag", tag).get("/api/v1/initiatives/export.csv").then().statusCode(200)
                .header("Content-Language", "en").extract().asString();
        assertThat(en.lines().findFirst().orElseThrow())
                .startsWith("id,code,title,measure,measure_label,sub_areas,sub_area_labels,status,status_label");
        assertThat(en).contains(",ACTIVE,Active,");
    }

    @Test
    void problemTitlesFollowTheLanguageTypesDoNot() {
        given().header("Accept-Language", "zh").get("/api/v1/initiatives/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("urn:acde:problem:not-found")).body("title", is("未找到资源"))
                .header("Content-Language", "zh").header("Vary", "Accept-Language");
        given().header("Accept-Language", "zh").contentType(ContentType.JSON).body(Map.of("title", ""))
                .auth().oauth2(Tokens.agency("VN")).post("/api/v1/initiatives").then().statusCode(400)
                .body("type", is("urn:acde:problem:validation")).body("title", is("请求校验失败"));
        given().header("Accept-Language", "xx;q=garbage").get("/api/v1/initiatives/" + UUID.randomUUID()).then()
                .statusCode(404).body("title", is("Resource not found")).header("Content-Language", "en");
    }

    @Test
    void answersWhoseBodyIsTheSameInEveryLanguageSayNoLanguage() {
        given().header("Accept-Language", "zh").get("/api/v1/initiatives/" + farming).then().statusCode(200)
                .header("Content-Language", nullValue()).header("Vary", nullValue())
                .body("title", is("智慧农业平台 " + tag));
    }

    @Test
    void languageTagsOfTitleAndSummaryAreStoredAndReturned() {
        given().get("/api/v1/initiatives/" + farming).then().statusCode(200)
                .body("titleLanguage", is("zh-Hans")).body("summaryLanguage", is("en"));
        given().queryParam("tag", tag).get("/api/v1/initiatives").then().statusCode(200)
                .body("items.titleLanguage", hasItem("zh-Hans"));
        Map<String, Object> body = initiative("VN", tag, "CN");
        String id = created(body);
        given().get("/api/v1/initiatives/" + id).then().body("titleLanguage", nullValue()).body("summaryLanguage", nullValue());
        body.put("titleLanguage", "vi");
        body.put("summaryLanguage", "ms-MY");
        String token = Tokens.agency("VN");
        given().auth().oauth2(token).header("If-Match", etag(token, id)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("titleLanguage", is("vi")).body("summaryLanguage", is("ms-MY"));
        given().auth().oauth2(token).get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                .body("items.changes.flatten().field", hasItem("titleLanguage"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "e", "english", "zh_CN", "en-", "-en", "en-a1", "en--US", "zh-Hans-CN-x-private-extra",
            "1en", "en US", "<script>", "en\n", "中文", "abcdefghijklmnopqrstuvwxyzabcdefghijkl" })
    void aMalformedLanguageTagIsA400NamingTheField(String malformed) {
        Map<String, Object> body = initiative("VN", tag, "CN");
        body.put("titleLanguage", malformed);
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:validation"))
                .body("errors.field", hasItem("titleLanguage"));
        body.remove("titleLanguage");
        body.put("summaryLanguage", malformed);
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(400).body("errors.field", hasItem("summaryLanguage"));
    }
}
