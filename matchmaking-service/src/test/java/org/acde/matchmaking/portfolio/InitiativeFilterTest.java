package org.acde.matchmaking.portfolio;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.decide;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.expressInterest;
import static org.acde.matchmaking.Fixtures.interest;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.testing.InitiativesServiceStub;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** {@code initiativeId} on the opportunity and interest lists and the statistics: what an initiative's portfolio is made of. */
@QuarkusTest
@QuarkusTestResource(InitiativesServiceStub.class)
class InitiativeFilterTest {

    private static UUID initiative() {
        UUID initiative = UUID.randomUUID();
        InitiativesServiceStub.exists(initiative);
        return initiative;
    }

    private static Map<String, Object> linked(String enterprise, String type, UUID initiative) {
        Map<String, Object> body = opportunity(enterprise, type);
        body.put("initiativeId", initiative.toString());
        return body;
    }

    private static List<String> ids(RequestSpecification caller, String list, UUID initiative) {
        return caller.queryParam("initiativeId", initiative.toString()).get("/api/v1/" + list).then().statusCode(200)
                .extract().path("items.id");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    @Test
    void theListsGiveAnInitiativesOpportunitiesInterestsAndAgreementsAsEachCallerMaySeeThem() {
        UUID initiative = initiative();
        String owner = Tokens.partner("VN");
        String vnEnterprise = enterpriseOf(owner, "VN");
        String offer = published(owner, linked(vnEnterprise, "TECHNOLOGY_OFFER", initiative));
        String draft = createOpportunity(owner, linked(vnEnterprise, "TECHNOLOGY_OFFER", initiative)).then().statusCode(201)
                .extract().path("id");
        String elsewhere = published(owner, linked(vnEnterprise, "TECHNOLOGY_OFFER", initiative()));

        String thai = Tokens.partner("TH");
        String thEnterprise = enterpriseOf(thai, "TH");
        String signed = expressInterest(thai, interest(offer, thEnterprise)).then().statusCode(201).extract().path("id");
        decide(owner, signed, "ACCEPTED").then().statusCode(200);
        decide(owner, signed, Map.of("to", "AGREEMENT_SIGNED", "reason", "signed", "agreementType", "LICENSING",
                "agreementDate", LocalDate.now(ZoneOffset.UTC).toString())).then().statusCode(200);
        String malaysian = Tokens.partner("MY");
        String pending = expressInterest(malaysian, interest(offer, enterpriseOf(malaysian, "MY"))).then().statusCode(201)
                .extract().path("id");
        String other = expressInterest(thai, interest(elsewhere, thEnterprise)).then().statusCode(201).extract().path("id");

        assertThat(ids(given(), "opportunities", initiative)).containsExactly(offer);
        assertThat(ids(as(thai), "opportunities", initiative)).containsExactly(offer);
        assertThat(ids(as(Tokens.agency("TH")), "opportunities", initiative)).containsExactly(offer);
        assertThat(ids(as(owner), "opportunities", initiative)).containsExactlyInAnyOrder(offer, draft);
        assertThat(ids(as(Tokens.agency("VN")), "opportunities", initiative)).containsExactlyInAnyOrder(offer, draft);
        assertThat(ids(as(Tokens.secretariat()), "opportunities", initiative)).containsExactlyInAnyOrder(offer, draft);

        assertThat(ids(as(owner), "interests", initiative)).containsExactlyInAnyOrder(signed, pending).doesNotContain(other);
        assertThat(ids(as(thai), "interests", initiative)).containsExactly(signed);
        assertThat(ids(as(malaysian), "interests", initiative)).containsExactly(pending);
        assertThat(ids(as(Tokens.agency("TH")), "interests", initiative)).containsExactly(signed);
        assertThat(ids(as(Tokens.agency("LA")), "interests", initiative)).isEmpty();
        assertThat(ids(as(Tokens.client("another-vn-partner", "partner", "VN")), "interests", initiative)).isEmpty();
        assertThat(ids(as(Tokens.secretariat()), "interests", initiative)).containsExactlyInAnyOrder(signed, pending);
        assertThat(ids(as(Tokens.secretariat()).queryParam("status", "AGREEMENT_SIGNED"), "interests", initiative))
                .containsExactly(signed);
        given().queryParam("initiativeId", initiative.toString()).get("/api/v1/interests").then().statusCode(401);

        JsonPath stats = given().queryParam("initiativeId", initiative.toString()).get("/api/v1/matchmaking/stats").then()
                .statusCode(200).extract().jsonPath();
        assertThat(stats.getString("initiativeId")).isEqualTo(initiative.toString());
        assertThat(stats.getLong("openOpportunities")).isEqualTo(1);
        assertThat(stats.getLong("interestsExpressed")).isEqualTo(2);
        assertThat(stats.getLong("agreementsSigned")).isEqualTo(1);
        assertThat(given().queryParam("initiativeId", initiative.toString()).queryParam("party", "MY")
                .get("/api/v1/matchmaking/stats").then().statusCode(200).extract().jsonPath().getLong("agreementsSigned")).isZero();
    }

    @Test
    void anUnknownInitiativeIsAnEmptyPageAndAMalformedOneA400NamingIt() {
        String unknown = UUID.randomUUID().toString();
        given().queryParam("initiativeId", unknown).get("/api/v1/opportunities").then().statusCode(200)
                .body("items", empty()).body("total", is(0));
        as(Tokens.secretariat()).queryParam("initiativeId", unknown).get("/api/v1/interests").then().statusCode(200)
                .body("items", empty()).body("total", is(0));
        JsonPath stats = given().queryParam("initiativeId", unknown).get("/api/v1/matchmaking/stats").then().statusCode(200)
                .extract().jsonPath();
        assertThat(stats.getLong("openOpportunities") + stats.getLong("interestsExpressed") + stats.getLong("agreementsSigned"))
                .isZero();
        for (String bad : new String[] { "nope", "123", "1-2-3-4-5", "' or 1=1 --", unknown + "0" }) {
            for (String path : new String[] { "/api/v1/opportunities", "/api/v1/interests", "/api/v1/matchmaking/stats" }) {
                as(Tokens.secretariat()).queryParam("initiativeId", bad).get(path).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", is("initiativeId"));
            }
        }
    }
}
