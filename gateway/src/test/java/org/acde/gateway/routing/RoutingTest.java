package org.acde.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.matchesPattern;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class RoutingTest {

    static final String TRACE_PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void reset() {
        UpstreamStubs.resetAll();
    }

    @Test
    void passesAGetThroughToInitiativesUnchanged() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/reference/parties?asOf=2024-10-10&x=a%20b"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"7\"").withBody("{\"total\":12}")));

        given().header("X-Request-Id", "gw-test-1").header("Accept-Language", "vi").header("traceparent", TRACE_PARENT)
                .queryParam("asOf", "2024-10-10").queryParam("x", "a b")
                .get("/api/v1/reference/parties")
                .then().statusCode(200).header("ETag", is("\"7\"")).header("X-Request-Id", is("gw-test-1"))
                .body("total", is(12));

        upstream("initiatives").verify(getRequestedFor(urlEqualTo("/api/v1/reference/parties?asOf=2024-10-10&x=a%20b"))
                .withHeader("X-Request-Id", equalTo("gw-test-1"))
                .withHeader("Accept-Language", equalTo("vi"))
                .withHeader("X-Forwarded-For", matching("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host", matching("localhost:\\d+"))
                // Tracing is off by default: the caller's trace context passes through as it came.
                .withHeader("traceparent", equalTo(TRACE_PARENT)));
    }

    @Test
    void passesAPostWithItsBodyAndStatusThroughToMatchmaking() {
        String body = "{\"title\":\"5G smart port\",\"note\":\"" + "x".repeat(100_000) + "\"}";
        upstream("matchmaking").stubFor(post(urlEqualTo("/api/v1/opportunities"))
                .willReturn(aResponse().withStatus(201).withHeader("Location", "/api/v1/opportunities/42")
                        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"42\"}")));

        String token = Tokens.partner("MY");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-1").auth().oauth2(token)
                .body(body).post("/api/v1/opportunities")
                .then().statusCode(201).header("Location", is("/api/v1/opportunities/42")).body("id", is("42"));

        upstream("matchmaking").verify(postRequestedFor(urlEqualTo("/api/v1/opportunities"))
                .withHeader("Idempotency-Key", equalTo("k-1"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("Content-Type", matching("application/json.*"))
                .withRequestBody(equalTo(body)));
    }

    @Test
    void passesPutAndDeleteAndErrorStatusesThroughToCapacity() {
        upstream("capacity").stubFor(put(urlEqualTo("/api/v1/programs/p1"))
                .willReturn(aResponse().withStatus(412).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":412}")));
        upstream("capacity").stubFor(delete(urlEqualTo("/api/v1/cohorts/c1"))
                .willReturn(aResponse().withStatus(204)));

        String token = Tokens.agency("VN");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{}").put("/api/v1/programs/p1")
                .then().statusCode(412).contentType("application/problem+json").body("status", is(412));
        given().auth().oauth2(token).delete("/api/v1/cohorts/c1").then().statusCode(204);

        upstream("capacity").verify(putRequestedFor(urlEqualTo("/api/v1/programs/p1")).withHeader("If-Match", equalTo("\"3\"")));
        upstream("capacity").verify(deleteRequestedFor(urlEqualTo("/api/v1/cohorts/c1")));
    }

    @Test
    void dropsHopByHopHeaders() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        given().header("Proxy-Authorization", "Basic c2VjcmV0").header("TE", "trailers")
                .get("/api/v1/initiatives").then().statusCode(200);

        upstream("initiatives").verify(getRequestedFor(urlEqualTo("/api/v1/initiatives"))
                .withoutHeader("Proxy-Authorization").withoutHeader("TE"));
    }

    @Test
    void dropsHeadersNamedInConnectionBothWaysButKeepsTheRequestId() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives/named"))
                .willReturn(aResponse().withStatus(200).withHeader("Connection", "X-Upstream-Secret")
                        .withHeader("X-Upstream-Secret", "internal").withHeader("Server", "Jetty(11.0.20)")
                        .withHeader("X-Powered-By", "Quarkus 3").withBody("{}")));

        given().header("Connection", "keep-alive, X-Private-Hop, X-Request-Id").header("X-Private-Hop", "secret")
                .header("X-Request-Id", "hop-test-1")
                .get("/api/v1/initiatives/named").then().statusCode(200)
                .header("X-Upstream-Secret", nullValue()).header("Server", nullValue()).header("X-Powered-By", nullValue())
                .header("X-Content-Type-Options", is("nosniff")).header("Referrer-Policy", is("no-referrer"));

        upstream("initiatives").verify(getRequestedFor(urlEqualTo("/api/v1/initiatives/named"))
                .withoutHeader("X-Private-Hop").withHeader("X-Request-Id", equalTo("hop-test-1")));
    }

    @Test
    void headersTheGatewaySetsItselfAppearOnce() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives/twice"))
                .willReturn(aResponse().withStatus(200).withHeader("X-Request-Id", "twice-1")
                        .withHeader("X-Content-Type-Options", "nosniff").withHeader("Referrer-Policy", "origin")
                        .withHeader("ETag", "\"1\"").withBody("{}")));
        var headers = given().header("X-Request-Id", "twice-1").get("/api/v1/initiatives/twice").then().statusCode(200)
                .extract().headers();
        for (String name : new String[] { "X-Request-Id", "X-Content-Type-Options", "Referrer-Policy", "RateLimit" }) {
            assertThat(headers.getValues(name)).as(name).hasSize(1);
        }
        assertThat(headers.getValue("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getValue("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void countsRequestsPerRouteWithStatusAndLatencyHistogram() {
        upstream("capacity").stubFor(get(urlEqualTo("/api/v1/programs")).willReturn(aResponse().withStatus(200).withBody("{}")));
        given().get("/api/v1/programs").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("acde_gateway_requests_seconds_count{method=\"GET\",route=\"capacity\",status=\"200\"}"))
                .body(containsString("acde_gateway_requests_seconds_bucket{method=\"GET\",route=\"capacity\",status=\"200\""));
    }

    @Test
    void answersCorsPreflightsForConfiguredOriginsOnly() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/initiatives").then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("http://localhost:8080"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/initiatives").then().header("Access-Control-Allow-Origin", nullValue());
        upstream("initiatives").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void unroutedPathsAre404ProblemsWithoutCallingAnyUpstream() {
        given().get("/api/v1/nowhere").then().statusCode(404).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:not-found"));
        given().get("/api/v1/initiativesX").then().statusCode(404).contentType("application/problem+json");
        // events-service's ingestion, for the outbox relays inside the cluster, has no way in through the front door.
        given().auth().oauth2(Tokens.secretariat()).contentType("application/json").body("[]").post("/internal/v1/events")
                .then().statusCode(404).contentType("application/problem+json");
        for (String name : new String[] { "initiatives", "matchmaking", "capacity", "events" }) {
            upstream(name).verify(0, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    void refusesNonCanonicalPaths() throws Exception {
        upstream("initiatives").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] { "/api/v1/initiatives/../reference/parties", "/api/v1/initiatives/a%2Fb",
                "/api/v1/initiatives//x" }) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(gateway.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        upstream("initiatives").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUpstreamThatDropsTheConnectionIsAProblem() {
        upstream("initiatives").stubFor(get(urlEqualTo("/api/v1/initiatives/reset"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get("/api/v1/initiatives/reset").then().statusCode(502).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:bad-gateway"));
    }
}
