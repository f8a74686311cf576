package org.acde.matchmaking.interest;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.decide;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.expressInterest;
import static org.acde.matchmaking.Fixtures.interest;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.acde.matchmaking.Fixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.matchmaking.Fixtures;
import org.acde.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InterestTest {

    @Inject
    DataSource database;

    @Inject
    Expiry expiry;

    @Inject
    SessionFactory sessions;

    @Test
    void acceptanceRevealsTheContactsToBothSidesAndAnAgreementIsRecorded() {
        String vnEnterprise = enterpriseOf(Tokens.partner("VN"), "VN");
        String opportunity = published(Tokens.partner("VN"), opportunity(vnEnterprise, "TECHNOLOGY_OFFER"));
        String cnEnterprise = enterpriseOf(Tokens.partner("CN"), "CN");
        String id = expressInterest(Tokens.partner("CN"), interest(opportunity, cnEnterprise)).then().statusCode(201)
                .body("status", is("SUBMITTED")).body("expiresAt", notNullValue()).extract().path("id");
        given().auth().oauth2(Tokens.partner("VN")).queryParam("status", "SUBMITTED").queryParam("limit", 100)
                .get("/api/v1/interests").then().statusCode(200).body("items.id", hasItem(id));
        // Agencies of either side's party see it in their lists; a third party's agency does not.
        given().auth().oauth2(Tokens.agency("CN")).queryParam("opportunityId", opportunity).get("/api/v1/interests").then()
                .statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.agency("VN")).queryParam("enterpriseId", cnEnterprise).get("/api/v1/interests").then()
                .statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.agency("TH")).queryParam("opportunityId", opportunity).get("/api/v1/interests").then()
                .statusCode(200).body("total", is(0));
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/interests/" + id).then().statusCode(404);

        decide(Tokens.partner("VN"), id, "ACCEPTED").then().statusCode(200).body("status", is("ACCEPTED"))
                .body("enterpriseContact.email", notNullValue()).body("opportunityContact.email", notNullValue());
        given().auth().oauth2(Tokens.partner("CN")).get("/api/v1/interests/" + id).then().statusCode(200)
                .body("opportunityContact.person", notNullValue());
        given().auth().oauth2(Tokens.partner("CN")).get("/api/v1/enterprises/" + vnEnterprise).then().statusCode(200)
                .body("$", hasKey("contact"));
        given().auth().oauth2(Tokens.partner("VN")).get("/api/v1/enterprises/" + cnEnterprise).then().statusCode(200)
                .body("$", hasKey("contact"));
        given().auth().oauth2(Tokens.partner("CN")).get("/api/v1/opportunities/" + opportunity).then().statusCode(200)
                .body("enterpriseId", is(vnEnterprise));
        // A third party still sees nothing.
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/enterprises/" + vnEnterprise).then().statusCode(404);
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/opportunities/" + opportunity).then().statusCode(200)
                .body("$", not(hasKey("enterpriseName")));

        Map<String, Object> signed = new HashMap<>(Map.of("to", "AGREEMENT_SIGNED", "reason", "licence signed"));
        decide(Tokens.partner("CN"), id, signed).then().statusCode(400).body("errors.field", hasItem("agreementType"))
                .body("errors.field", hasItem("agreementDate"));
        signed.put("agreementType", "LICENSING");
        signed.put("agreementDate", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString());
        decide(Tokens.partner("CN"), id, signed).then().statusCode(400).body("errors[0].field", is("agreementDate"));
        signed.put("agreementDate", LocalDate.now(ZoneOffset.UTC).toString());
        decide(Tokens.partner("CN"), id, signed).then().statusCode(200).body("status", is("AGREEMENT_SIGNED"))
                .body("agreementType", is("LICENSING"));
        decide(Tokens.partner("VN"), id, "CLOSED").then().statusCode(409).body("currentStatus", is("AGREEMENT_SIGNED"));
    }

    @Test
    void aPageOfInterestsTakesAsManyQueriesWhateverItsLength() {
        String owner = Tokens.partner("KH");
        String opportunity = published(owner, opportunity(enterpriseOf(owner, "KH"), "TECHNOLOGY_OFFER"));
        for (String party : List.of("LA", "MM", "BN", "PH", "SG", "ID")) {
            expressInterest(Tokens.partner(party), interest(opportunity, enterpriseOf(Tokens.partner(party), party)))
                    .then().statusCode(201);
        }
        assertThat(statementsToList(owner, opportunity, 6)).as("statements for a page of 6")
                .isEqualTo(statementsToList(owner, opportunity, 2));
    }

    /**
     * How many SQL statements listing a page of {@code limit} interests in {@code opportunity} prepares. The count is
     * global, and a scheduled job (expiry, idempotency purge) running meanwhile can only add to it: the smaller of two
     * runs is the request's own.
     */
    private long statementsToList(String token, String opportunity, int limit) {
        return Math.min(statementsOfOneList(token, opportunity, limit), statementsOfOneList(token, opportunity, limit));
    }

    private long statementsOfOneList(String token, String opportunity, int limit) {
        Statistics statistics = sessions.getStatistics();
        long before = statistics.getPrepareStatementCount();
        given().auth().oauth2(token).queryParam("opportunityId", opportunity).queryParam("limit", limit)
                .get("/api/v1/interests").then().statusCode(200).body("items.size()", is(limit));
        return statistics.getPrepareStatementCount() - before;
    }

    @Test
    void declinedInterestsRevealNothingAndMayBeSubmittedAgain() {
        String opportunity = Fixtures.publishedOpportunity("TH", "BUSINESS_OFFER");
        String myEnterprise = enterpriseOf(Tokens.partner("MY"), "MY");
        Map<String, Object> body = interest(opportunity, myEnterprise);
        body.put("partnershipType", "TECHNICAL_COOPERATION");
        String first = expressInterest(Tokens.partner("MY"), body).then().statusCode(201).extract().path("id");
        decide(Tokens.partner("TH"), first, "DECLINED").then().statusCode(200).body("$", not(hasKey("enterpriseContact")));
        decide(Tokens.partner("TH"), first, "ACCEPTED").then().statusCode(409);
        given().auth().oauth2(Tokens.partner("MY")).get("/api/v1/interests/" + first).then().statusCode(200)
                .body("$", not(hasKey("opportunityContact")));
        expressInterest(Tokens.partner("MY"), body).then().statusCode(201);
    }

    @Test
    void unansweredInterestsExpire() {
        String opportunity = Fixtures.publishedOpportunity("SG", "TECHNOLOGY_REQUEST");
        String enterprise = enterpriseOf(Tokens.partner("ID"), "ID");
        String id = expressInterest(Tokens.partner("ID"), interest(opportunity, enterprise)).then().statusCode(201).extract().path("id");
        Fixtures.execute(database, "UPDATE interest SET expires_at = now() - interval '1 minute' WHERE id = '" + id + "'");
        decide(Tokens.partner("SG"), id, "ACCEPTED").then().statusCode(409).body("currentStatus", is("EXPIRED"));
        expiry.run();
        assertThat(rows(database, "interest", "id = '" + id + "' AND status = 'EXPIRED' AND accepted_at IS NULL")).isEqualTo(1);
        given().auth().oauth2(Tokens.partner("SG")).get("/api/v1/interests/" + id).then().statusCode(200)
                .body("status", is("EXPIRED")).body("$", not(hasKey("enterpriseContact")));
    }

    @Test
    void atMostTwentyPendingInterestsPerEnterprise() {
        String enterprise = enterpriseOf(Tokens.partner("LA"), "LA");
        String offerer = enterpriseOf(Tokens.partner("CN"), "CN");
        for (int i = 0; i < 20; i++) {
            String opportunity = published(Tokens.partner("CN"), opportunity(offerer, "TECHNOLOGY_OFFER"));
            expressInterest(Tokens.partner("LA"), interest(opportunity, enterprise)).then().statusCode(201);
        }
        String last = published(Tokens.partner("CN"), opportunity(offerer, "TECHNOLOGY_OFFER"));
        expressInterest(Tokens.partner("LA"), interest(last, enterprise)).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("enterpriseId"));
        assertThat(rows(database, "interest", "enterprise_id = '" + enterprise + "'")).isEqualTo(20);
    }
}
