package org.acde.initiatives.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.testing.InitiativesServiceStub.server;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.acde.testing.InitiativesServiceStub;
import org.acde.testing.OidcServer;
import org.acde.testing.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(OidcServer.class)
@QuarkusTestResource(InitiativesServiceStub.class)
class InitiativesClientTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        InitiativesServiceStub.reset();
        // Each test starts with a closed breaker, whatever the previous one left.
        breakers.resetAll();
    }

    @Test
    void findsAVisibleInitiativeWithTheCallersTokenAndRequestId() {
        UUID id = UUID.randomUUID();
        InitiativesServiceStub.exists(id);
        String token = Tokens.partner("MY");
        given().auth().oauth2(token).header("X-Request-Id", "lookup-1").get("/lookup/" + id)
                .then().statusCode(200).body(is("ACI-2026-0001"));
        server().verify(getRequestedFor(urlEqualTo("/api/v1/initiatives/" + id))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-Request-Id", equalTo("lookup-1")));
    }

    @Test
    void aMissingInitiativeIsAnAnswerNotAFailure() {
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 15; i++) {
            given().auth().oauth2(Tokens.partner("MY")).get("/lookup/" + id).then().statusCode(422)
                    .body("errors[0].field", is("initiativeId"));
        }
        // Fifteen 404s neither retried nor opened the breaker.
        server().verify(15, getRequestedFor(urlEqualTo("/api/v1/initiatives/" + id)));
        UUID visible = UUID.randomUUID();
        InitiativesServiceStub.exists(visible);
        given().auth().oauth2(Tokens.partner("MY")).get("/lookup/" + visible).then().statusCode(200);
    }

    @Test
    void aFailingServiceIsRetriedThenA503() {
        UUID id = UUID.randomUUID();
        server().stubFor(get(urlEqualTo("/api/v1/initiatives/" + id)).willReturn(aResponse().withStatus(500)));
        given().auth().oauth2(Tokens.partner("MY")).get("/lookup/" + id).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", is("5"))
                .body("type", is("urn:acde:problem:unavailable"));
        server().verify(3, getRequestedFor(urlEqualTo("/api/v1/initiatives/" + id)));
    }

    @Test
    void aSilentServiceTimesOutIntoA503() {
        UUID id = UUID.randomUUID();
        server().stubFor(get(urlEqualTo("/api/v1/initiatives/" + id))
                .willReturn(aResponse().withStatus(200).withFixedDelay(8000)));
        given().auth().oauth2(Tokens.partner("MY")).get("/lookup/" + id).then().statusCode(503)
                .header("Retry-After", is("5"));
    }

    @Test
    void theBreakerOpensAndStopsCallingUntilTheServiceIsBack() {
        UUID id = UUID.randomUUID();
        server().stubFor(get(urlEqualTo("/api/v1/initiatives/" + id)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(Tokens.partner("MY")).get("/lookup/" + id).then().statusCode(503);
        }
        int calls = server().countRequestsMatching(getRequestedFor(urlEqualTo("/api/v1/initiatives/" + id)).build())
                .getCount();
        given().auth().oauth2(Tokens.partner("MY")).get("/lookup/" + id).then().statusCode(503);
        server().verify(calls, getRequestedFor(urlEqualTo("/api/v1/initiatives/" + id)));

        InitiativesServiceStub.exists(id);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(Tokens.partner("MY")).get("/lookup/" + id).then().statusCode(200));
    }
}
