package org.acde.kernel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RequestIdTest {

    @Test
    void echoesTheCallersId() {
        given().header("X-Request-Id", "partner-7f3a.01").get("/probe/numbers")
                .then().statusCode(200).header("X-Request-Id", is("partner-7f3a.01"));
    }

    @Test
    void generatesOneWhenAbsent() {
        String id = given().get("/probe/numbers").then().statusCode(200).extract().header("X-Request-Id");
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void replacesIdsThatCouldForgeLogsOrHeaders() {
        String id = given().header("X-Request-Id", "evil id\" injected=1").get("/probe/numbers")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertThat(UUID.fromString(id)).isNotNull();
        String tooLong = given().header("X-Request-Id", "a".repeat(200)).get("/probe/numbers")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertThat(tooLong).hasSize(36);
    }

    @Test
    void errorsCarryTheIdToo() {
        given().header("X-Request-Id", "err-1").get("/no/such/path")
                .then().statusCode(404).header("X-Request-Id", is("err-1")).body("requestId", is("err-1"));
    }
}
