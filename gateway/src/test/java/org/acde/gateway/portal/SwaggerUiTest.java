package org.acde.gateway.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class SwaggerUiTest {

    @Test
    void swaggerUiListsTheGatewayAndTheFourServicesAndSignsInWithPkce() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("/openapi/initiatives"))
                .body(containsString("/openapi/matchmaking"))
                .body(containsString("/openapi/capacity"))
                .body(containsString("/openapi/events"))
                .body(containsString("/q/openapi"))
                .body(containsString("developer-portal"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
    }

    @Test
    void theGatewaysContractOffersTheTwoFlowsThePlatformSupports() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.keycloak.type", is("oauth2"))
                .body("components.securitySchemes.keycloak.flows.keySet()", containsInAnyOrder("clientCredentials", "authorizationCode"))
                .body("components.securitySchemes.keycloak.flows.clientCredentials.tokenUrl",
                        is("http://localhost:8180/realms/acde/protocol/openid-connect/token"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        is("http://localhost:8180/realms/acde/protocol/openid-connect/auth"))
                .body("servers[0].url", is("http://localhost:8080"))
                .body("paths.'/api/v1/parties/{code}/overview'.get.summary", is("A party's cooperation at a glance"));
    }

    @Test
    void eachServicesContractIsFetchedThroughTheGatewayWithoutTheCallersCredentials() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(get(urlEqualTo("/q/openapi?format=json")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"initiatives-service\"}}")));
        given().auth().oauth2(Tokens.secretariat()).get("/openapi/initiatives").then().statusCode(200)
                .body("info.title", is("initiatives-service"));
        upstream("initiatives").verify(getRequestedFor(urlEqualTo("/q/openapi?format=json")).withHeader("Authorization", absent()));
    }

    @Test
    void aContractOfAServiceThatIsDownIsA503Problem() {
        UpstreamStubs.resetAll();
        given().get("/openapi/offline").then().statusCode(503).contentType("application/problem+json");
        given().get("/openapi/nothing").then().statusCode(404).contentType("application/problem+json");
    }
}
