package org.acde.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/** Accept-Language reaches the services, their Content-Language and Vary reach the caller; the gateway's own answers. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class LanguageTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        UpstreamStubs.resetAll();
        breakers.resetAll();
    }

    private static List<String> varyNames(Response response) {
        return response.headers().getValues("Vary").stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).toList();
    }

    @Test
    void theUpstreamsLanguageAndVaryReachTheCaller() {
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/reference/measures")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withHeader("Content-Language", "zh")
                .withHeader("Vary", "Accept-Language").withBody("{\"items\":[],\"total\":0}")));
        Response response = given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/api/v1/reference/measures");
        response.then().statusCode(200).header("Content-Language", "zh");
        assertThat(varyNames(response)).containsOnlyOnce("Accept-Language");
        upstream("initiatives").verify(getRequestedFor(urlPathEqualTo("/api/v1/reference/measures"))
                .withHeader("Accept-Language", equalTo("zh-CN,zh;q=0.9")));
    }

    @Test
    void aCorsAnswerVariesByOriginAndLanguageInOneVary() {
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/reference/measures")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withHeader("Content-Language", "en")
                .withHeader("Vary", "Accept-Language").withBody("{\"items\":[],\"total\":0}")));
        Response response = given().header("Origin", "http://localhost:8080").header("Accept-Language", "en")
                .get("/api/v1/reference/measures");
        response.then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:8080");
        assertThat(varyNames(response)).containsOnlyOnce("Accept-Language");
        assertThat(response.headers().getValues("Vary")).hasSize(1);
    }

    @Test
    void theGatewaysOwnProblemsAreInTheCallersLanguage() {
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/reference/sectors"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Response zh = given().header("Accept-Language", "zh-Hans").get("/api/v1/reference/sectors");
        zh.then().statusCode(502).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:bad-gateway")).body("title", is("上游服务返回了无效响应"))
                .header("Content-Language", "zh");
        assertThat(varyNames(zh)).containsOnlyOnce("Accept-Language");
        given().header("Accept-Language", "%%;;").get("/api/v1/reference/sectors").then().statusCode(502)
                .body("title", is("Upstream answered with an invalid response")).header("Content-Language", "en");
        given().header("Accept-Language", "zh").get("/no/such/page").then().statusCode(404)
                .body("title", is("未找到资源")).header("Content-Language", "zh");
    }
}
