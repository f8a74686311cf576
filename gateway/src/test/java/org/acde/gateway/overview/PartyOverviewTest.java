package org.acde.gateway.overview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.acde.gateway.routing.UpstreamStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/** The overview against WireMock stand-ins of the three services' statistics contracts. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class PartyOverviewTest {

    static final String JSON = "application/json";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void servicesAnswer() {
        // breakers outlive a test; a failure recorded by another test must not decide this one
        breakers.resetAll();
        answerAll();
    }

    /** Every service answers its statistics for VN. */
    static void answerAll() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(initiativeStats("leadParty").willReturn(aResponse().withHeader("Content-Type", JSON)
                .withBody("{\"groupBy\":\"status\",\"total\":3,\"groups\":[{\"code\":\"ACTIVE\",\"label\":\"Active\",\"count\":2},"
                        + "{\"code\":\"PROPOSED\",\"label\":\"Proposed\",\"count\":1}]}")));
        upstream("initiatives").stubFor(initiativeStats("party").willReturn(aResponse().withHeader("Content-Type", JSON)
                .withBody("{\"groupBy\":\"status\",\"total\":7,\"groups\":[{\"code\":\"ACTIVE\",\"label\":\"Active\",\"count\":7}]}")));
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/dialogues")).withQueryParam("party", equalTo("VN"))
                .withQueryParam("limit", equalTo("10")).willReturn(aResponse().withHeader("Content-Type", JSON)
                        .withBody("{\"items\":[{\"id\":\"7d1c7c52-3f7a-4f0e-9a39-0f3c5d1e2a11\",\"kind\":\"MINISTERIAL_MEETING\","
                                + "\"title\":\"ADGMIN\",\"startDate\":\"2027-01-14\",\"endDate\":\"2027-01-15\",\"online\":false,"
                                + "\"hostParty\":\"VN\",\"participatingParties\":[\"VN\",\"CN\"],\"agenda\":[]},"
                                + "{\"id\":\"0b5e2d8c-6a41-4c55-8f0e-5b7d2c9a3e44\",\"kind\":\"WORKSHOP\",\"title\":\"AI governance\","
                                + "\"startDate\":\"2026-11-03\",\"endDate\":\"2026-11-03\",\"online\":true,\"hostParty\":\"TH\","
                                + "\"participatingParties\":[\"TH\",\"VN\"],\"agenda\":[]}],\"total\":12}")));
        upstream("matchmaking").stubFor(get(urlPathEqualTo("/api/v1/matchmaking/stats")).withQueryParam("party", equalTo("VN"))
                .willReturn(aResponse().withHeader("Content-Type", JSON).withBody("{\"party\":\"VN\",\"openOpportunities\":4,\"interestsExpressed\":9,"
                        + "\"agreementsSigned\":2,\"agreementsByPartyPair\":[],\"agreementsByMeasure\":[],"
                        + "\"agreementsBySizeBand\":[],\"msmeShare\":0.5,\"organisationsByKind\":[{\"code\":\"ENTERPRISE\","
                        + "\"label\":\"Enterprise\",\"count\":6},{\"code\":\"UNIVERSITY\",\"label\":\"University\",\"count\":2}],"
                        + "\"agreementsByKind\":[]}")));
        upstream("capacity").stubFor(get(urlPathEqualTo("/api/v1/capacity/stats")).withQueryParam("party", equalTo("VN"))
                .willReturn(aResponse().withHeader("Content-Type", JSON).withBody("{\"party\":\"VN\",\"programs\":5,"
                        + "\"participants\":120,\"completions\":80,\"completionRate\":0.8,\"certificatesIssued\":80,"
                        + "\"certificatesRevoked\":0}")));
    }

    private static MappingBuilder initiativeStats(String filter) {
        return get(urlPathEqualTo("/api/v1/initiatives/stats")).withQueryParam("groupBy", equalTo("status"))
                .withQueryParam(filter, equalTo("VN"));
    }

    @Test
    void composesTheThreeServicesForAnonymousCallers() {
        given().get("/api/v1/parties/VN/overview").then().statusCode(200)
                .body("party", is("VN")).body("name", is("Viet Nam")).body("partial", is(false))
                .body("initiatives.available", is(true))
                .body("initiatives.led.total", is(3))
                .body("initiatives.led.byStatus[0].code", is("ACTIVE"))
                .body("initiatives.participating.total", is(7))
                .body("matchmaking.openOpportunities", is(4)).body("matchmaking.agreementsSigned", is(2))
                .body("matchmaking.organisations", is(8)).body("matchmaking.organisationsByKind[1].code", is("UNIVERSITY"))
                .body("capacity.programs", is(5)).body("capacity.participants", is(120)).body("capacity.completions", is(80))
                .body("dialogues.available", is(true)).body("dialogues.total", is(12))
                .body("dialogues.latest.title", contains("ADGMIN", "AI governance"))
                .body("dialogues.latest.hosted", contains(true, false))
                .body("dialogues.latest[1].hostParty", is("TH"));
        upstream("initiatives").verify(getRequestedFor(urlPathEqualTo("/api/v1/initiatives/stats"))
                .withQueryParam("leadParty", equalTo("VN")));
    }

    @Test
    void namesAndStatusesInTheCallersLanguage() {
        given().header("Accept-Language", "zh-CN, en;q=0.5").get("/api/v1/parties/VN/overview").then().statusCode(200)
                .header("Content-Language", "zh").header("Vary", "Accept-Language")
                .body("name", is("越南"))
                .body("initiatives.led.byStatus[0].code", is("ACTIVE"))
                .body("initiatives.led.byStatus[0].label", is("实施中"))
                .body("initiatives.led.byStatus[1].label", is("已提出"))
                .body("matchmaking.organisationsByKind[1].label", is("大学"));
        given().header("Accept-Language", "zh;q=nonsense").get("/api/v1/parties/VN/overview").then().statusCode(200)
                .header("Content-Language", "en").body("name", is("Viet Nam"))
                .body("initiatives.led.byStatus[0].label", is("Active"));
    }

    @Test
    void aServiceThatIsDownLeavesItsSectionUnavailable() {
        upstream("capacity").resetAll();
        upstream("capacity").stubFor(get(urlPathEqualTo("/api/v1/capacity/stats"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get("/api/v1/parties/VN/overview").then().statusCode(200)
                .body("partial", is(true))
                .body("capacity.available", is(false))
                .body("capacity.detail", is("The capacity service is unavailable or did not answer in time; retry shortly"))
                .body("capacity.programs", nullValue())
                .body("initiatives.available", is(true)).body("matchmaking.available", is(true));
    }

    @Test
    void garbageOrErrorsFromAServiceAreNeverA500() {
        upstream("initiatives").resetAll();
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/initiatives/stats"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html").withBody("<html>oops")));
        upstream("matchmaking").resetAll();
        upstream("matchmaking").stubFor(get(urlPathEqualTo("/api/v1/matchmaking/stats"))
                .willReturn(aResponse().withHeader("Content-Type", JSON).withBody("{\"openOpportunities\": tr")));
        given().get("/api/v1/parties/VN/overview").then().statusCode(200)
                .body("partial", is(true)).body("initiatives.available", is(false))
                .body("matchmaking.available", is(false)).body("capacity.available", is(true))
                .body("dialogues.available", is(false)).body("dialogues.latest", nullValue());
    }

    @Test
    void dialoguesThatDoNotAnswerLeaveOnlyTheirSectionUnavailable() {
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/dialogues"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get("/api/v1/parties/VN/overview").then().statusCode(200)
                .body("partial", is(true)).body("dialogues.available", is(false))
                .body("dialogues.detail", is("The initiatives service is unavailable or did not answer in time; retry shortly"))
                .body("initiatives.available", is(true)).body("capacity.available", is(true));
    }

    @Test
    void anUnknownPartyIsA404Problem() {
        for (String code : new String[] { "US", "vn", "VNM", "%00" }) {
            given().urlEncodingEnabled(false).get("/api/v1/parties/" + code + "/overview").then()
                    .statusCode(org.hamcrest.Matchers.oneOf(400, 404)).contentType("application/problem+json");
        }
        given().get("/api/v1/parties/US/overview").then().statusCode(404).body("type", is("urn:acde:problem:not-found"));
    }
}
