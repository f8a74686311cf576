package org.acde.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.testing.OidcServer;
import org.acde.testing.ServiceConventionsTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(OidcServer.class)
@QuarkusTestResource(UpstreamStubs.class)
class OperationalEndpointsTest extends ServiceConventionsTest {

    @Override
    protected String module() {
        return "gateway";
    }

    @Override
    protected boolean hasDatabase() {
        return false;
    }

    /**
     * Onboarding creates a client in Keycloak, which these tests do not run (ApiClientOnboardingTest checks what the
     * gateway decides first; the e2e module onboards against a real Keycloak).
     */
    @Override
    protected List<String> examplesNotSent() {
        return List.of("createApiClient");
    }

    @Test
    void readinessReportsEachUpstreamAndStaysUpWhenOneIsDownOrHangs() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\"}")));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name == 'Upstreams' }.data.initiatives", is("UP"))
                .body("checks.find { it.name == 'Upstreams' }.data.capacity", is("DOWN"))
                .body("checks.find { it.name == 'Upstreams' }.data.offline", is("DOWN"))
                .body("checks.find { it.name == 'Upstreams' }.data.stalling", is("DOWN"));
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoServerSoftware() {
        given().get("/").then().statusCode(200)
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Referrer-Policy", is("no-referrer"))
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
    }
}
