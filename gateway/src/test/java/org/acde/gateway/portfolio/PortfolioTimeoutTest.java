package org.acde.gateway.portfolio;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.hamcrest.Matchers.is;

import org.acde.gateway.overview.PartyOverviewTimeoutTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The portfolio with matchmaking's production-like read timeout (1 s here): a slow matchmaking is cut off. */
@QuarkusTest
@TestProfile(PartyOverviewTimeoutTest.ShortMatchmakingTimeout.class)
class PortfolioTimeoutTest {

    @Test
    void aSlowServiceIsCutOffAtItsTimeout() {
        PortfolioTest.answerAll();
        upstream("matchmaking").stubFor(get(urlPathEqualTo("/api/v1/opportunities")).atPriority(1)
                .willReturn(PortfolioTest.json("{\"items\":[],\"total\":0}").withFixedDelay(4000)));
        given().auth().oauth2(PortfolioTest.SECRETARIAT).get("/api/v1/initiatives/" + PortfolioTest.INITIATIVE + "/portfolio")
                .then().statusCode(200)
                .body("partial", is(true)).body("matchmaking.available", is(false))
                .body("initiative.available", is(true)).body("capacity.available", is(true));
    }
}
