package org.acde.gateway.needs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** A need's answers against WireMock stand-ins of the three services, which answer per token as the real ones do. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class NeedAnswersTest {

    static final UUID NEED = UUID.fromString("6f1c1d2e-0000-4000-8000-0000000000a1");
    static final String OFFER = "6f1c1d2e-0000-4000-8000-0000000000a2";
    static final String DRAFT_OFFER = "6f1c1d2e-0000-4000-8000-0000000000a3";
    static final String PROGRAM = "6f1c1d2e-0000-4000-8000-0000000000a4";
    static final String INITIATIVE = "6f1c1d2e-0000-4000-8000-0000000000a5";
    static final String VN_PARTNER = Tokens.partner("VN");

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void servicesAnswer() {
        breakers.resetAll();
        UpstreamStubs.resetAll();
        upstream("matchmaking").stubFor(get(urlPathEqualTo("/api/v1/needs/" + NEED)).willReturn(json("{\"id\":\"" + NEED
                + "\",\"party\":\"LA\",\"kind\":\"CAPACITY_BUILDING\",\"measure\":\"V\",\"subAreas\":[\"SECURITY_CAPACITY_BUILDING\"],"
                + "\"audiences\":[\"TECHNICIANS\"],\"languages\":[\"lo\"],\"startsOn\":\"2027-01-01\",\"endsOn\":\"2027-06-30\",\"title\":\"CERT training\",\"status\":\"OPEN\"}")
                .withHeader("ETag", "\"2\"")));
        upstream("matchmaking").stubFor(byNeed("/api/v1/opportunities").withHeader("Authorization", absent())
                .willReturn(page(1, "{\"id\":\"" + OFFER + "\",\"party\":\"CN\",\"verified\":true,\"type\":\"TECHNOLOGY_OFFER\",\"status\":\"PUBLISHED\"}")));
        upstream("matchmaking").stubFor(byNeed("/api/v1/opportunities").withHeader("Authorization", equalTo("Bearer " + VN_PARTNER))
                .willReturn(page(2, "{\"id\":\"" + OFFER + "\",\"verified\":true,\"status\":\"PUBLISHED\"}", "{\"id\":\"" + DRAFT_OFFER + "\",\"verified\":false,\"status\":\"DRAFT\"}")));
        upstream("capacity").stubFor(byNeed("/api/v1/programs").willReturn(page(1, "{\"id\":\"" + PROGRAM + "\",\"status\":\"PUBLISHED\"}")));
        upstream("capacity").stubFor(get(urlPathEqualTo("/api/v1/programs/rankings")).withQueryParam("measure", equalTo("V"))
                .withQueryParam("subArea", equalTo("SECURITY_CAPACITY_BUILDING")).withQueryParam("audience", equalTo("TECHNICIANS"))
                .withQueryParam("party", equalTo("LA")).withQueryParam("from", equalTo("2027-01-01")).withQueryParam("to", equalTo("2027-06-30"))
                .withQueryParam("language", equalTo("lo")).withQueryParam("limit", equalTo("20"))
                .willReturn(json("{\"items\":[{\"rank\":1,\"score\":0.75,\"factors\":[{\"factor\":\"MEASURE\",\"weight\":0.25,\"value\":1,"
                        + "\"contribution\":0.25,\"detail\":\"program measure V, need V\"}],\"program\":{\"id\":\"" + PROGRAM + "\"}}]}")));
        upstream("initiatives").stubFor(byNeed("/api/v1/initiatives").willReturn(page(1, "{\"id\":\"" + INITIATIVE + "\",\"status\":\"ACTIVE\"}")));
    }

    @Test
    void theNeedWithItsOffersProgramsAndInitiativesAsEachListShowsThemToTheCaller() {
        given().get(answers()).then().statusCode(200).body("needId", is(NEED.toString())).body("partial", is(false))
                .body("need.title", is("CERT training")).body("offers.answers.items.id", contains(OFFER))
                .body("programs.answers.items.id", contains(PROGRAM)).body("initiatives.answers.items.id", contains(INITIATIVE))
                .body("rankedPrograms.available", is(true)).body("rankedPrograms.items.program.id", contains(PROGRAM))
                .body("rankedPrograms.items[0].factors[0].factor", is("MEASURE")).body("rankedPrograms.items[0].score", is(0.75f));
        given().auth().oauth2(VN_PARTNER).get(answers()).then().statusCode(200).body("offers.answers.items.id", contains(OFFER, DRAFT_OFFER));
        for (String service : new String[] { "matchmaking", "capacity", "initiatives" }) {
            upstream(service).verify(getRequestedFor(urlPathMatching("/api/v1/.*")).withHeader("Authorization", equalTo("Bearer " + VN_PARTNER)));
        }
    }

    @Test
    void aNeedTheCallerMayNotSeeIsA404() {
        UUID hidden = UUID.randomUUID();
        upstream("matchmaking").stubFor(get(urlPathEqualTo("/api/v1/needs/" + hidden)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        given().get("/api/v1/needs/" + hidden + "/answers").then().statusCode(404).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:not-found"));
        given().get("/api/v1/needs/not-a-uuid/answers").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownLeavesItsSectionUnavailable() {
        upstream("capacity").resetAll();
        upstream("capacity").stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get(answers()).then().statusCode(200).body("partial", is(true)).body("programs.available", is(false))
                .body("programs.answers", nullValue()).body("rankedPrograms.available", is(false))
                .body("rankedPrograms.items", nullValue()).body("offers.available", is(true)).body("initiatives.available", is(true));
    }

    @Test
    void matchmakingDownIsA503ForTheNeedCannotBeShown() {
        upstream("matchmaking").resetAll();
        upstream("matchmaking").stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":503}")));
        given().get(answers()).then().statusCode(503).contentType("application/problem+json");
    }

    private static MappingBuilder byNeed(String path) {
        return get(urlPathEqualTo(path)).withQueryParam("need", equalTo(NEED.toString())).withQueryParam("limit", equalTo("100"));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder page(long total, String... items) {
        return json("{\"items\":[" + String.join(",", items) + "],\"total\":" + total + "}");
    }

    private static String answers() {
        return "/api/v1/needs/" + NEED + "/answers";
    }
}
