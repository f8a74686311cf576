package org.acde.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.acde.testing.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class ResilienceTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aFailingUpstreamOpensItsBreakerAnswers503AtOnceLeavesOtherRoutesAloneAndRecoversByItself() {
        String token = Tokens.secretariat();
        UpstreamStubs.resetAll();
        upstream("flaky").stubFor(get(urlPathMatching("/api/v1/flaky.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));

        // The test profile opens a breaker after 4 calls, half of them failed.
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(token).get("/api/v1/flaky/things").then().statusCode(502);
        }
        given().auth().oauth2(token).get("/api/v1/flaky/things").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", is("urn:acde:problem:unavailable"))
                .body("detail", is("The flaky service is unavailable; retry shortly"));
        upstream("flaky").verify(4, anyRequestedFor(anyUrl()));

        given().get("/api/v1/initiatives").then().statusCode(200);

        upstream("flaky").resetAll();
        upstream("flaky").stubFor(get(urlPathMatching("/api/v1/flaky.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(token).get("/api/v1/flaky/things").then().statusCode(200));
    }

    @Test
    void callersHangingUpMidRequestDoNotOpenTheUpstreamsBreaker() throws Exception {
        String token = Tokens.secretariat();
        UpstreamStubs.resetAll();
        upstream("flaky").stubFor(any(urlPathMatching("/api/v1/flaky.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        // Each caller announces a body, sends part of it and hangs up while it is being forwarded, which makes the
        // proxy reset the upstream request: as many as the test profile's breaker needs to open, and more.
        for (int i = 0; i < 6; i++) {
            try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                socket.getOutputStream().write(("POST /api/v1/flaky/things HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{\"name\":").getBytes(StandardCharsets.ISO_8859_1));
                // Time for the gateway to open the upstream exchange and forward the start of the body.
                Thread.sleep(300);
            }
        }
        given().auth().oauth2(token).get("/api/v1/flaky/things").then().statusCode(200);
    }

    @Test
    void anUnreachableUpstreamIsA503ProblemWithRetryAfterAndNoInternalAddress() {
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/offline/things").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", is("urn:acde:problem:unavailable"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("127.0.0.1")));
    }
}
