package org.acde.gateway.overview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The overview with matchmaking's production-like read timeout (1 s here), so a slow matchmaking is cut off; the
 * other tests give every service 10 s, so a cold first answer never reads as a slow one.
 */
@QuarkusTest
@TestProfile(PartyOverviewTimeoutTest.ShortMatchmakingTimeout.class)
public class PartyOverviewTimeoutTest {

    public static class ShortMatchmakingTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.matchmaking.read-timeout", "1000");
        }
    }

    @Test
    void aSlowServiceIsCutOffAtItsTimeout() {
        PartyOverviewTest.answerAll();
        upstream("matchmaking").resetAll();
        upstream("matchmaking").stubFor(get(urlPathEqualTo("/api/v1/matchmaking/stats"))
                .willReturn(aResponse().withHeader("Content-Type", PartyOverviewTest.JSON).withBody("{}").withFixedDelay(4000)));
        given().get("/api/v1/parties/VN/overview").then().statusCode(200)
                .body("partial", is(true)).body("matchmaking.available", is(false))
                .body("initiatives.available", is(true)).body("capacity.available", is(true));
    }
}
