package org.acde.gateway.portfolio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * The portfolio against WireMock stand-ins of the three services. Each stand-in answers per token, as the real
 * services do: the portfolio must forward the caller's own token to every list and show exactly what each list
 * showed that caller. (The services' own InitiativeFilterTest checks what each list shows each role.)
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
public class PortfolioTest {

    static final String JSON = "application/json";
    static final UUID INITIATIVE = UUID.fromString("6f1c1d2e-0000-4000-8000-000000000001");
    static final String PUBLISHED_PROGRAM = "6f1c1d2e-0000-4000-8000-000000000011";
    static final String DRAFT_PROGRAM = "6f1c1d2e-0000-4000-8000-000000000012";
    static final String COHORT = "6f1c1d2e-0000-4000-8000-000000000021";
    static final String PUBLISHED_OFFER = "6f1c1d2e-0000-4000-8000-000000000031";
    static final String DRAFT_OFFER = "6f1c1d2e-0000-4000-8000-000000000032";
    static final String SIGNED = "6f1c1d2e-0000-4000-8000-000000000041";
    static final String PENDING = "6f1c1d2e-0000-4000-8000-000000000042";
    static final String REPORT = "6f1c1d2e-0000-4000-8000-000000000051";
    static final String DIALOGUE = "6f1c1d2e-0000-4000-8000-000000000061";
    static final String OUTCOME = "6f1c1d2e-0000-4000-8000-000000000062";

    // One token per caller for the whole class: the stand-ins answer by the exact token they receive.
    static final String VN_PARTNER = Tokens.partner("VN");
    static final String TH_PARTNER = Tokens.partner("TH");
    static final String VN_AGENCY = Tokens.agency("VN");
    static final String TH_AGENCY = Tokens.agency("TH");
    static final String LA_AGENCY = Tokens.agency("LA");
    static final String SECRETARIAT = Tokens.secretariat();
    static final String NO_ROLE = Tokens.client("some-tool", "offline_access", null);

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void servicesAnswer() {
        breakers.resetAll();
        answerAll();
    }

    /**
     * The services as they would answer about one ACTIVE initiative led by VN: a published and a draft program of VN,
     * a published and a draft opportunity of a VN enterprise, a signed agreement with a TH enterprise and a pending
     * interest of an MY one. Who sees what is the services' rule; here it is written out per token.
     */
    static void answerAll() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/initiatives/" + INITIATIVE))
                .willReturn(json("{\"id\":\"" + INITIATIVE + "\",\"code\":\"ACI-2026-0007\",\"title\":\"Smart farming pilots\","
                        + "\"leadParty\":\"VN\",\"status\":\"ACTIVE\"}").withHeader("ETag", "\"3\"")));
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/initiatives/" + INITIATIVE + "/progress-reports"))
                .willReturn(page(1, "{\"id\":\"" + REPORT + "\",\"initiativeId\":\"" + INITIATIVE + "\",\"period\":\"2026-Q1\","
                        + "\"party\":\"VN\",\"narrative\":\"Two pilots running\",\"actuals\":[]}")));
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/initiatives/" + INITIATIVE + "/dialogues"))
                .willReturn(page(1, "{\"dialogueId\":\"" + DIALOGUE + "\",\"kind\":\"MINISTERIAL_MEETING\",\"title\":\"ADGMIN\","
                        + "\"startDate\":\"2026-01-15\",\"endDate\":\"2026-01-16\",\"hostParty\":\"VN\",\"outcomes\":[{\"id\":\""
                        + OUTCOME + "\",\"dialogueId\":\"" + DIALOGUE + "\",\"initiativeId\":\"" + INITIATIVE
                        + "\",\"initiativeCode\":\"ACI-2026-0007\",\"kind\":\"ENDORSED\",\"recordedBy\":\"agency-vn-demo\","
                        + "\"recordedAt\":\"2026-01-16T10:00:00Z\"}]}")));

        // Programs: the public sees the published one; VN's side and the secretariat the draft too.
        upstream("capacity").stubFor(programs(absent()).willReturn(page(1, program(PUBLISHED_PROGRAM, "PUBLISHED"))));
        for (String token : new String[] { TH_PARTNER, TH_AGENCY }) {
            upstream("capacity").stubFor(programs(bearer(token)).willReturn(page(1, program(PUBLISHED_PROGRAM, "PUBLISHED"))));
        }
        for (String token : new String[] { VN_PARTNER, VN_AGENCY, SECRETARIAT }) {
            upstream("capacity").stubFor(programs(bearer(token))
                    .willReturn(page(2, program(PUBLISHED_PROGRAM, "PUBLISHED"), program(DRAFT_PROGRAM, "DRAFT"))));
        }
        upstream("capacity").stubFor(get(urlPathEqualTo("/api/v1/programs/" + PUBLISHED_PROGRAM + "/cohorts"))
                .willReturn(page(1, "{\"id\":\"" + COHORT + "\",\"programId\":\"" + PUBLISHED_PROGRAM + "\",\"startDate\":\"2026-03-02\","
                        + "\"endDate\":\"2026-03-06\",\"timeZone\":\"Asia/Ho_Chi_Minh\",\"seats\":20,\"quotas\":[],"
                        + "\"seatsTaken\":12,\"waitlisted\":3}")));
        upstream("capacity").stubFor(get(urlPathEqualTo("/api/v1/programs/" + DRAFT_PROGRAM + "/cohorts")).willReturn(page(0)));
        upstream("capacity").stubFor(get(urlPathEqualTo("/api/v1/capacity/stats")).withQueryParam("initiativeId", equalTo(INITIATIVE.toString()))
                .willReturn(json("{\"initiativeId\":\"" + INITIATIVE + "\",\"programs\":1,\"participants\":12,\"completions\":9,"
                        + "\"completionRate\":0.75,\"certificatesIssued\":9,\"certificatesRevoked\":1,"
                        + "\"byParty\":[{\"code\":\"TH\",\"label\":\"Thailand\",\"participants\":7,\"completions\":5}],"
                        + "\"byAudience\":[],\"bySex\":[{\"code\":\"F\",\"label\":\"Female\",\"participants\":8,\"completions\":6}],"
                        + "\"byMeasure\":[],\"byYear\":[]}")));

        upstream("matchmaking").stubFor(opportunities(absent()).willReturn(page(1, opportunity(PUBLISHED_OFFER, "PUBLISHED"))));
        for (String token : new String[] { TH_PARTNER, TH_AGENCY }) {
            upstream("matchmaking").stubFor(opportunities(bearer(token)).willReturn(page(1, opportunity(PUBLISHED_OFFER, "PUBLISHED"))));
        }
        for (String token : new String[] { VN_PARTNER, VN_AGENCY, SECRETARIAT }) {
            upstream("matchmaking").stubFor(opportunities(bearer(token))
                    .willReturn(page(2, opportunity(PUBLISHED_OFFER, "PUBLISHED"), opportunity(DRAFT_OFFER, "DRAFT"))));
        }
        // Interests: each side its own, an agency its party's enterprises', the secretariat all; a stranger none.
        upstream("matchmaking").stubFor(interests(bearer(TH_PARTNER)).willReturn(page(1, interest(SIGNED, "AGREEMENT_SIGNED"))));
        upstream("matchmaking").stubFor(interests(bearer(TH_AGENCY)).willReturn(page(1, interest(SIGNED, "AGREEMENT_SIGNED"))));
        upstream("matchmaking").stubFor(interests(bearer(LA_AGENCY)).willReturn(page(0)));
        for (String token : new String[] { VN_PARTNER, VN_AGENCY, SECRETARIAT }) {
            upstream("matchmaking").stubFor(interests(bearer(token))
                    .willReturn(page(2, interest(SIGNED, "AGREEMENT_SIGNED"), interest(PENDING, "SUBMITTED"))));
        }
        upstream("matchmaking").stubFor(get(urlPathEqualTo("/api/v1/matchmaking/stats")).withQueryParam("initiativeId", equalTo(INITIATIVE.toString()))
                .willReturn(json("{\"initiativeId\":\"" + INITIATIVE + "\",\"openOpportunities\":1,\"interestsExpressed\":2,"
                        + "\"agreementsSigned\":1,\"agreementsByPartyPair\":[],\"agreementsByMeasure\":[],"
                        + "\"agreementsBySizeBand\":[],\"msmeShare\":1.0}")));
    }

    private static MappingBuilder programs(StringValuePattern authorization) {
        return get(urlPathEqualTo("/api/v1/programs")).withQueryParam("initiativeId", equalTo(INITIATIVE.toString()))
                .withQueryParam("limit", equalTo("100")).withHeader("Authorization", authorization);
    }

    private static MappingBuilder opportunities(StringValuePattern authorization) {
        return get(urlPathEqualTo("/api/v1/opportunities")).withQueryParam("initiativeId", equalTo(INITIATIVE.toString()))
                .withHeader("Authorization", authorization);
    }

    private static MappingBuilder interests(StringValuePattern authorization) {
        return get(urlPathEqualTo("/api/v1/interests")).withQueryParam("initiativeId", equalTo(INITIATIVE.toString()))
                .withHeader("Authorization", authorization);
    }

    private static StringValuePattern bearer(String token) {
        return equalTo("Bearer " + token);
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", JSON).withBody(body);
    }

    private static ResponseDefinitionBuilder page(long total, String... items) {
        return json("{\"items\":[" + String.join(",", items) + "],\"total\":" + total + "}");
    }

    private static String program(String id, String status) {
        return "{\"id\":\"" + id + "\",\"title\":\"Precision farming for extension officers\",\"measure\":\"VI\",\"providerParty\":\"VN\","
                + "\"initiativeId\":\"" + INITIATIVE + "\",\"status\":\"" + status + "\"}";
    }

    private static String opportunity(String id, String status) {
        return "{\"id\":\"" + id + "\",\"party\":\"VN\",\"verified\":true,\"type\":\"TECHNOLOGY_OFFER\",\"title\":\"Soil sensors\","
                + "\"initiativeId\":\"" + INITIATIVE + "\",\"status\":\"" + status + "\"}";
    }

    private static String interest(String id, String status) {
        return "{\"id\":\"" + id + "\",\"opportunityId\":\"" + PUBLISHED_OFFER + "\",\"enterpriseVerified\":false,\"status\":\"" + status + "\"}";
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String portfolio() {
        return "/api/v1/initiatives/" + INITIATIVE + "/portfolio";
    }

    /** Every list the portfolio read carried exactly the caller's token, or none for an anonymous caller. */
    private static void forwarded(String token) {
        int calls = 0;
        for (String service : new String[] { "initiatives", "capacity", "matchmaking" }) {
            for (LoggedRequest request : upstream(service).findAll(anyRequestedFor(urlPathMatching("/api/v1/(?!capacity/stats|matchmaking/stats).*")))) {
                calls++;
                assertThat(request.containsHeader("Authorization") ? request.getHeader("Authorization") : null)
                        .as(request.getUrl()).isEqualTo(token == null ? null : "Bearer " + token);
            }
        }
        assertThat(calls).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anonymousCallersSeeThePublicPartsAndNoInterests() {
        given().header("X-Request-Id", "portfolio-anonymous-1").get(portfolio()).then().statusCode(200).contentType(JSON)
                .body("initiativeId", is(INITIATIVE.toString())).body("partial", is(false))
                .body("initiative.available", is(true)).body("initiative.initiative.code", is("ACI-2026-0007"))
                .body("initiative.progressReports.items.id", contains(REPORT))
                .body("initiative.dialogues.items.dialogueId", contains(DIALOGUE))
                .body("initiative.dialogues.items[0].outcomes.kind", contains("ENDORSED"))
                .body("capacity.available", is(true)).body("capacity.programsTotal", is(1))
                .body("capacity.programs.program.id", contains(PUBLISHED_PROGRAM))
                .body("capacity.programs[0].cohorts[0].seatsTaken", is(12)).body("capacity.programs[0].cohorts[0].waitlisted", is(3))
                .body("capacity.programs[0].cohortsTotal", is(1))
                .body("capacity.participants", is(12)).body("capacity.completions", is(9))
                .body("capacity.certificatesIssued", is(9)).body("capacity.certificatesRevoked", is(1))
                .body("capacity.byParty[0].code", is("TH")).body("capacity.byParty[0].completions", is(5))
                .body("capacity.bySex[0].code", is("F")).body("capacity.bySex[0].participants", is(8))
                .body("matchmaking.available", is(true)).body("matchmaking.opportunities.items.id", contains(PUBLISHED_OFFER))
                .body("matchmaking.openOpportunities", is(1)).body("matchmaking.interestsExpressed", is(2))
                .body("matchmaking.agreementsSigned", is(1)).body("matchmaking.interests", nullValue());
        upstream("matchmaking").verify(0, getRequestedFor(urlPathEqualTo("/api/v1/interests")));
        forwarded(null);
        upstream("capacity").verify(getRequestedFor(urlPathEqualTo("/api/v1/programs")).withHeader("X-Request-Id", equalTo("portfolio-anonymous-1")));
    }

    @Test
    void aPartnerSeesItsOwnAgreementsAndThePublicParts() {
        String thai = TH_PARTNER;
        as(thai).get(portfolio()).then().statusCode(200).body("partial", is(false))
                .body("capacity.programs.program.id", contains(PUBLISHED_PROGRAM))
                .body("matchmaking.opportunities.items.id", contains(PUBLISHED_OFFER))
                .body("matchmaking.interests.items.id", contains(SIGNED)).body("matchmaking.interests.items[0].status", is("AGREEMENT_SIGNED"));
        forwarded(thai);
    }

    @Test
    void theLeadPartysAgencySeesItsDraftsAndEveryInterestInItsEnterprises() {
        String agency = VN_AGENCY;
        as(agency).get(portfolio()).then().statusCode(200).body("partial", is(false))
                .body("capacity.programsTotal", is(2)).body("capacity.programs.program.id", contains(PUBLISHED_PROGRAM, DRAFT_PROGRAM))
                .body("capacity.programs[1].cohorts", empty())
                .body("matchmaking.opportunities.items.id", contains(PUBLISHED_OFFER, DRAFT_OFFER))
                .body("matchmaking.interests.items.id", contains(SIGNED, PENDING));
        forwarded(agency);
    }

    @Test
    void anotherPartysAgencySeesOnlyWhatConcernsItsParty() {
        String agency = TH_AGENCY;
        as(agency).get(portfolio()).then().statusCode(200)
                .body("capacity.programs.program.id", contains(PUBLISHED_PROGRAM))
                .body("matchmaking.opportunities.items.id", contains(PUBLISHED_OFFER))
                .body("matchmaking.interests.items.id", contains(SIGNED));
        forwarded(agency);
    }

    @Test
    void theSecretariatSeesEverything() {
        String secretariat = SECRETARIAT;
        as(secretariat).get(portfolio()).then().statusCode(200).body("partial", is(false))
                .body("capacity.programs.program.id", contains(PUBLISHED_PROGRAM, DRAFT_PROGRAM))
                .body("matchmaking.opportunities.items.id", contains(PUBLISHED_OFFER, DRAFT_OFFER))
                .body("matchmaking.interests.items.id", contains(SIGNED, PENDING));
        forwarded(secretariat);
    }

    @Test
    void anInitiativeTheCallerMayNotSeeIsA404Problem() {
        // initiatives-service hides a proposal from another party's agency: 404 for it, so the whole portfolio is.
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/initiatives/" + INITIATIVE))
                .withHeader("Authorization", bearer(LA_AGENCY)).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:acde:problem:not-found\",\"title\":\"Not found\",\"status\":404}")));
        as(LA_AGENCY).get(portfolio()).then().statusCode(404).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:not-found")).body("status", is(404));
        UUID unknown = UUID.randomUUID();
        upstream("initiatives").stubFor(get(urlPathEqualTo("/api/v1/initiatives/" + unknown))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("{}")));
        given().get("/api/v1/initiatives/" + unknown + "/portfolio").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/initiatives/not-a-uuid/portfolio").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownLeavesItsSectionUnavailable() {
        upstream("capacity").resetAll();
        upstream("capacity").stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get(portfolio()).then().statusCode(200)
                .body("partial", is(true))
                .body("capacity.available", is(false))
                .body("capacity.detail", is("The capacity service is unavailable or did not answer in time; retry shortly"))
                .body("capacity.programs", nullValue()).body("capacity.participants", nullValue())
                .body("initiative.available", is(true)).body("matchmaking.available", is(true));
    }

    @Test
    void initiativesDownStillShowsTheOtherSectionsAsTheirServicesShowThem() {
        upstream("initiatives").resetAll();
        upstream("initiatives").stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":503}")));
        given().get(portfolio()).then().statusCode(200).body("partial", is(true))
                .body("initiative.available", is(false)).body("initiative.initiative", nullValue())
                .body("capacity.available", is(true)).body("matchmaking.available", is(true));
    }

    @Test
    void garbageFromAServiceIsNeverA500() {
        upstream("matchmaking").resetAll();
        upstream("matchmaking").stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(json("{\"items\": [tr")));
        as(SECRETARIAT).get(portfolio()).then().statusCode(200).body("partial", is(true))
                .body("matchmaking.available", is(false)).body("capacity.available", is(true));
    }

    @Test
    void aTokenWithoutAPlatformRoleSeesNoInterestsButTheRest() {
        String stranger = NO_ROLE;
        upstream("matchmaking").stubFor(interests(bearer(stranger)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":403}")));
        upstream("capacity").stubFor(programs(bearer(stranger)).willReturn(page(1, program(PUBLISHED_PROGRAM, "PUBLISHED"))));
        upstream("matchmaking").stubFor(opportunities(bearer(stranger)).willReturn(page(1, opportunity(PUBLISHED_OFFER, "PUBLISHED"))));
        as(stranger).get(portfolio()).then().statusCode(200).body("partial", is(false))
                .body("matchmaking.available", is(true)).body("matchmaking.interests", nullValue());
    }
}
