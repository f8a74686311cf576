package org.acde.initiatives.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void listsTheTwelvePartiesWithLabels() {
        given().get("/api/v1/reference/parties").then().statusCode(200)
                .body("total", is(12))
                .body("items.code", containsInAnyOrder("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "CN"))
                .body("items.find { it.code == 'VN' }.name", is("Viet Nam"))
                .body("items.find { it.code == 'CN' }.group", is("CHINA"))
                .body("items.find { it.code == 'CN' }.aseanStatus", nullValue())
                .body("items.find { it.code == 'TL' }.aseanStatus", is("MEMBER"))
                .body("nextCursor", nullValue());
    }

    @Test
    void membershipFollowsTheDate() {
        given().queryParam("asOf", "2024-10-10").get("/api/v1/reference/parties").then().statusCode(200)
                .body("total", is(12))
                .body("items.find { it.code == 'TL' }.aseanStatus", is("OBSERVER"));
        given().queryParam("asOf", "2025-10-26").get("/api/v1/reference/parties").then().statusCode(200)
                .body("items.find { it.code == 'TL' }.aseanStatus", is("MEMBER"));
        given().queryParam("asOf", "2022-11-10").get("/api/v1/reference/parties").then().statusCode(200)
                .body("total", is(11))
                .body("items.code", not(hasItem("TL")));
        given().queryParam("asOf", "1996-01-01").get("/api/v1/reference/parties").then().statusCode(200)
                .body("items.code", containsInAnyOrder("BN", "ID", "MY", "PH", "SG", "TH", "VN", "CN"));
    }

    @Test
    void malformedDateIsA400NamingTheParameter() {
        given().queryParam("asOf", "10/10/2024").get("/api/v1/reference/parties").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("asOf"));
    }

    @Test
    void listsTheSevenMeasuresWithTheStatementsTitles() {
        given().get("/api/v1/reference/measures").then().statusCode(200)
                .body("total", is(7))
                .body("items.code", contains("I", "II", "III", "IV", "V", "VI", "VII"))
                .body("items[0].title", is("Strengthen policy exchange and strategic matchmaking"))
                .body("items[2].subAreas", hasSize(10))
                .body("items[2].subAreas.code", hasItem("FIVE_G"))
                .body("items[6].subAreas.code", hasItem("MSME_PARTICIPATION"));
    }

    @Test
    void listsSectorsAndStakeholderTypes() {
        given().get("/api/v1/reference/sectors").then().statusCode(200)
                .body("total", is(22))
                .body("items.find { it.code == 'K' }.label", is(
                        "Telecommunications, computer programming, consultancy, computing infrastructure, and other information service activities"));
        given().get("/api/v1/reference/stakeholder-types").then().statusCode(200)
                .body("items.code", contains("GOVERNMENT", "PRIVATE_SECTOR", "ACADEMIA", "CIVIL_SOCIETY",
                        "INTERNATIONAL_ORGANISATION"));
    }

    @Test
    void referenceDataIsReadOnly() {
        given().contentType("application/json").body("{}").post("/api/v1/reference/parties").then().statusCode(405)
                .contentType("application/problem+json");
    }
}
