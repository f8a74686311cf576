package org.acde.matchmaking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createEnterprise;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.enterprise;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.expressInterest;
import static org.acde.matchmaking.Fixtures.interest;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.acde.matchmaking.Fixtures.rows;
import static org.acde.matchmaking.Fixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.InitiativesServiceStub;
import org.acde.testing.RawHttp;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Each bad input of the issue, and the usual hostile ones: a problem+json 4xx naming the field, and nothing written. */
@QuarkusTest
class BadInputTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    /** The initiatives-down case opens the client's breaker; later tests in the same application need it closed. */
    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Inject
    DataSource database;

    @TestHTTPResource("/")
    URI server;

    private long all(String table) {
        return rows(database, table, "true");
    }

    private ValidatableResponse refusedEnterprise(Consumer<Map<String, Object>> change, int status, String field) {
        Map<String, Object> body = enterprise("VN");
        change.accept(body);
        long before = all("organisation");
        ValidatableResponse response = createEnterprise(Tokens.partner("VN"), body).then().log().ifValidationFails()
                .statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(all("organisation")).isEqualTo(before);
        return response;
    }

    private ValidatableResponse refusedOpportunity(Consumer<Map<String, Object>> change, int status, String field) {
        String enterprise = enterpriseOf(Tokens.partner("VN"), "VN");
        Map<String, Object> body = opportunity(enterprise, "TECHNOLOGY_OFFER");
        change.accept(body);
        ValidatableResponse response = createOpportunity(Tokens.partner("VN"), body).then().log().ifValidationFails()
                .statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(rows(database, "opportunity", "enterprise_id = '" + enterprise + "'")).isZero();
        return response;
    }

    private void refusedInterest(String token, Map<String, Object> body, int status, String field) {
        long before = all("interest");
        expressInterest(token, body).then().log().ifValidationFails().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(all("interest")).isEqualTo(before);
    }

    @Test
    void requestTypeMatchedToRequestType() {
        String target = Fixtures.publishedOpportunity("VN", "TECHNOLOGY_REQUEST");
        String thai = enterpriseOf(Tokens.partner("TH"), "TH");
        String ownRequest = published(Tokens.partner("TH"), opportunity(thai, "TECHNOLOGY_REQUEST"));
        Map<String, Object> body = interest(target, thai);
        body.put("fromOpportunityId", ownRequest);
        refusedInterest(Tokens.partner("TH"), body, 422, "fromOpportunityId");
        String businessOffer = published(Tokens.partner("TH"), opportunity(thai, "BUSINESS_OFFER"));
        body.put("fromOpportunityId", businessOffer);
        refusedInterest(Tokens.partner("TH"), body, 422, "fromOpportunityId");
        body.put("fromOpportunityId", published(Tokens.partner("TH"), opportunity(thai, "TECHNOLOGY_OFFER")));
        expressInterest(Tokens.partner("TH"), body).then().statusCode(201);
    }

    @Test
    void expiredOrForeignOpportunityIds() {
        String thai = enterpriseOf(Tokens.partner("TH"), "TH");
        String expired = Fixtures.publishedOpportunity("VN", "TECHNOLOGY_OFFER");
        Fixtures.execute(database, "UPDATE opportunity SET expires_on = current_date - 1 WHERE id = '" + expired + "'");
        refusedInterest(Tokens.partner("TH"), interest(expired, thai), 422, "opportunityId");
        String withdrawn = Fixtures.publishedOpportunity("VN", "TECHNOLOGY_OFFER");
        transition(Tokens.partner("VN"), withdrawn, "WITHDRAWN").then().statusCode(200);
        refusedInterest(Tokens.partner("TH"), interest(withdrawn, thai), 422, "opportunityId");
        String draft = createOpportunity(Tokens.partner("VN"), opportunity(enterpriseOf(Tokens.partner("VN"), "VN"), "TECHNOLOGY_OFFER"))
                .then().statusCode(201).extract().path("id");
        refusedInterest(Tokens.partner("TH"), interest(draft, thai), 422, "opportunityId");
        refusedInterest(Tokens.partner("TH"), interest(UUID.randomUUID().toString(), thai), 422, "opportunityId");
        // Someone else's opportunity named as one's own.
        Map<String, Object> body = interest(Fixtures.publishedOpportunity("VN", "TECHNOLOGY_OFFER"), thai);
        body.put("fromOpportunityId", Fixtures.publishedOpportunity("MY", "TECHNOLOGY_REQUEST"));
        refusedInterest(Tokens.partner("TH"), body, 422, "fromOpportunityId");
        // Someone else's enterprise.
        refusedInterest(Tokens.partner("TH"), interest(Fixtures.publishedOpportunity("VN", "TECHNOLOGY_OFFER"),
                enterpriseOf(Tokens.partner("MY"), "MY")), 422, "enterpriseId");
        // An opportunity id where an opportunity is updated.
        createOpportunity(Tokens.partner("TH"), opportunity(UUID.randomUUID().toString(), "TECHNOLOGY_OFFER")).then().statusCode(422)
                .body("errors[0].field", is("enterpriseId"));
    }

    @Test
    void interestInOnesOwnOpportunity() {
        String token = Tokens.partner("ID");
        String enterprise = enterpriseOf(token, "ID");
        String own = published(token, opportunity(enterprise, "BUSINESS_OFFER"));
        Map<String, Object> body = interest(own, enterprise);
        refusedInterest(token, body, 422, "opportunityId");
        // Another enterprise of the same owner is still the same owner.
        refusedInterest(token, interest(own, enterpriseOf(token, "ID")), 422, "opportunityId");
    }

    @Test
    void duplicatePendingInterest() {
        String target = Fixtures.publishedOpportunity("KH", "TECHNOLOGY_OFFER");
        String enterprise = enterpriseOf(Tokens.partner("CN"), "CN");
        expressInterest(Tokens.partner("CN"), interest(target, enterprise)).then().statusCode(201);
        refusedInterest(Tokens.partner("CN"), interest(target, enterprise), 409, "opportunityId");
    }

    @Test
    void partnershipTypeTheOpportunityDoesNotSeek() {
        String target = Fixtures.publishedOpportunity("KH", "TECHNOLOGY_OFFER");
        Map<String, Object> body = interest(target, enterpriseOf(Tokens.partner("CN"), "CN"));
        body.put("partnershipType", "JOINT_VENTURE");
        refusedInterest(Tokens.partner("CN"), body, 422, "partnershipType");
        body.put("partnershipType", "MARRIAGE");
        refusedInterest(Tokens.partner("CN"), body, 400, "partnershipType");
    }

    @Test
    void unknownTechnologyTerm() {
        refusedOpportunity(body -> body.put("technologies", List.of("INTERNET_OF_THINGS", "TELEPATHY")), 400, "technologies[1]");
        refusedOpportunity(body -> body.put("technologies", List.of()), 400, "technologies");
        refusedOpportunity(body -> body.put("technologies", List.of("FIVE_G", "FIVE_G")), 400, "technologies[1]");
        given().queryParam("technology", "TELEPATHY").get("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", is("technology"));
    }

    @Test
    void fiveHundredKeywords() {
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keywords.add("keyword " + i);
        }
        refusedOpportunity(body -> body.put("keywords", keywords), 400, "keywords");
        refusedOpportunity(body -> body.put("keywords", List.of("rice", "Rice")), 400, "keywords[1]");
        refusedOpportunity(body -> body.put("keywords", List.of("<script>")), 400, "keywords[0]");
        refusedOpportunity(body -> body.put("keywords", List.of("x".repeat(51))), 400, "keywords[0]");
    }

    @Test
    void wrongPartyCode() {
        refusedEnterprise(body -> body.put("party", "XX"), 400, "party");
        refusedEnterprise(body -> body.put("party", "vn"), 400, "party");
        refusedOpportunity(body -> body.put("targetParties", List.of("VN", "US")), 400, "targetParties[1]");
        refusedOpportunity(body -> body.put("targetParties", List.of("TH", "TH")), 400, "targetParties[1]");
        given().queryParam("party", "EU").get("/api/v1/matchmaking/stats").then().statusCode(400).body("errors[0].field", is("party"));
        given().queryParam("party", "EU").get("/api/v1/opportunities").then().statusCode(400).body("errors[0].field", is("party"));
        refusedEnterprise(body -> body.put("registrationId", "TH-DBD-0105556012345"), 400, "registrationId");
        refusedEnterprise(body -> body.put("registrationId", "not a registration"), 400, "registrationId");
    }

    @Test
    void anInitiativeThatDoesNotExistIs422() {
        refusedOpportunity(body -> body.put("initiativeId", UUID.randomUUID().toString()), 422, "initiativeId");
        refusedOpportunity(body -> body.put("initiativeId", "not-a-uuid"), 400, "initiativeId");
    }

    @Test
    void initiativesServiceDownIs503WithRetryAfterAndNothingWritten() {
        UUID initiative = UUID.randomUUID();
        InitiativesServiceStub.server().stubFor(get(urlEqualTo("/api/v1/initiatives/" + initiative)).willReturn(aResponse().withStatus(500)));
        String enterprise = enterpriseOf(Tokens.partner("VN"), "VN");
        Map<String, Object> body = opportunity(enterprise, "TECHNOLOGY_OFFER");
        body.put("initiativeId", initiative.toString());
        createOpportunity(Tokens.partner("VN"), body).then().statusCode(503).header("Retry-After", is("5"))
                .contentType("application/problem+json").body("type", is("urn:acde:problem:unavailable"));
        given().auth().oauth2(Tokens.partner("VN")).header("Idempotency-Key", "down-" + initiative).contentType(ContentType.JSON)
                .body(body).post("/api/v1/opportunities").then().statusCode(503);
        assertThat(rows(database, "opportunity", "enterprise_id = '" + enterprise + "'")).isZero();
        assertThat(rows(database, "idempotency_key", "key = 'down-" + initiative + "'")).isZero();
    }

    @Test
    void otherOpportunityMistakes() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        refusedOpportunity(body -> body.put("type", "TECHNOLOGY_SWAP"), 400, "type");
        refusedOpportunity(body -> body.put("expiresOn", today.toString()), 400, "expiresOn");
        refusedOpportunity(body -> body.put("expiresOn", today.plusYears(5).toString()), 400, "expiresOn");
        refusedOpportunity(body -> body.put("expiresOn", "2026-02-30"), 400, "expiresOn");
        refusedOpportunity(body -> body.put("sectors", List.of("Z")), 400, "sectors[0]");
        refusedOpportunity(body -> body.put("partnershipTypes", List.of()), 400, "partnershipTypes");
        refusedOpportunity(body -> body.put("status", "PUBLISHED"), 400, "status");
        refusedOpportunity(body -> body.put("id", UUID.randomUUID().toString()), 400, "id");
        refusedOpportunity(body -> body.put("title", "x".repeat(201)), 400, "title");
        refusedOpportunity(body -> body.put("measure", "VIII"), 400, "measure");
    }

    @Test
    void otherEnterpriseMistakes() {
        refusedEnterprise(body -> body.put("sizeBand", "HUGE"), 400, "sizeBand");
        refusedEnterprise(body -> body.put("languages", List.of("english")), 400, "languages[0]");
        refusedEnterprise(body -> body.put("sectors", List.of("A", "A")), 400, "sectors[1]");
        refusedEnterprise(body -> body.put("website", "javascript:alert(1)"), 400, "website");
        refusedEnterprise(body -> body.put("contact", Map.of("person", "X", "email", "not-an-email")), 400, "contact.email");
        refusedEnterprise(body -> body.remove("contact"), 400, "contact");
        refusedEnterprise(body -> body.put("verified", true), 400, "verified");
        refusedEnterprise(body -> body.put("owner", "someone-else"), 400, "owner");
        refusedEnterprise(body -> body.put("sizeBasis", Map.of("employees", -1, "definition", "x")), 400, "sizeBasis.employees");
    }

    @Test
    void malformedAndHostileBodies() throws Exception {
        long before = all("organisation");
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.JSON).body("{\"name\": ").post("/api/v1/enterprises")
                .then().statusCode(400).contentType("application/problem+json").body("type", is("urn:acde:problem:malformed-request"));
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.JSON).body("[]").post("/api/v1/enterprises")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.TEXT).body("name=x").post("/api/v1/enterprises")
                .then().statusCode(415).contentType("application/problem+json");
        String response = RawHttp.exchange(server, "POST /api/v1/enterprises HTTP/1.1\r\nAuthorization: Bearer "
                + Tokens.partner("VN") + "\r\nContent-Type: application/json\r\nContent-Length: " + 10 * 1024 * 1024, "{\"name\":\"");
        assertThat(response).startsWith("HTTP/1.1 413").contains("urn:acde:problem:body-too-large");
        Map<String, Object> nul = enterprise("VN");
        nul.put("name", "Agri\u0000tech");
        createEnterprise(Tokens.partner("VN"), nul).then().statusCode(400).contentType("application/problem+json");
        assertThat(all("organisation")).isEqualTo(before);

        String hostile = "'; DROP TABLE opportunity; -- <script>alert(1)</script>";
        Map<String, Object> body = enterprise("VN");
        body.put("name", hostile);
        String id = createEnterprise(Tokens.partner("VN"), body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.partner("VN")).get("/api/v1/enterprises/" + id).then().statusCode(200).body("name", is(hostile));
    }

    @Test
    void badParameters() {
        given().get("/api/v1/opportunities/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/opportunities/" + UUID.randomUUID() + "/matches").then().statusCode(404);
        String id = Fixtures.publishedOpportunity("VN", "TECHNOLOGY_OFFER");
        given().queryParam("limit", 0).get("/api/v1/opportunities/" + id + "/matches").then().statusCode(400)
                .body("errors[0].field", is("limit"));
        given().queryParam("limit", 101).get("/api/v1/opportunities/" + id + "/matches").then().statusCode(400)
                .body("errors[0].field", is("limit"));
        given().queryParam("limit", "many").get("/api/v1/opportunities/" + id + "/matches").then().statusCode(400);
        given().queryParam("sort", "budget").get("/api/v1/opportunities").then().statusCode(400).body("errors[0].field", is("sort"));
        given().queryParam("cursor", "forged.cursor").get("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", is("cursor"));
        given().auth().oauth2(Tokens.secretariat()).queryParam("status", "MAYBE").get("/api/v1/interests").then().statusCode(400)
                .body("errors[0].field", is("status"));
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/interests/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/enterprises/" + UUID.randomUUID()).then().statusCode(404);
    }
}
