package org.acde.matchmaking.interest;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.decide;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.expressInterest;
import static org.acde.matchmaking.Fixtures.interest;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.acde.matchmaking.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.matchmaking.Fixtures;
import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class InterestEventsTest {

    @Inject
    DataSource database;

    @Inject
    DataSource dataSource;

    @Inject
    Expiry expiry;

    @Test
    void eachStepOfAnInterestIsAnEventForItsTwoSidesAndTheirAgenciesNeverWithAContact() {
        String offererId = "partner-vn-" + unique();
        String offerer = Tokens.client(offererId, "partner", "VN");
        String opportunity = published(offerer, opportunity(enterpriseOf(offerer, "VN"), "TECHNOLOGY_OFFER"));
        String seekerId = "partner-cn-" + unique();
        String seeker = Tokens.client(seekerId, "partner", "CN");
        String enterprise = enterpriseOf(seeker, "CN");

        long before = OutboxRows.last(database);
        String id = expressInterest(seeker, interest(opportunity, enterprise)).then().statusCode(201).extract().path("id");
        Row submitted = OutboxRows.since(database, before).get(0);
        assertThat(submitted.data()).as("as the opportunity's side reads it, without its own contact")
                .isEqualTo(OutboxRows.bodyOf(read(offerer, id), "opportunityContact"));

        long accepting = OutboxRows.last(database);
        decide(offerer, id, "ACCEPTED").then().statusCode(200);
        Row accepted = OutboxRows.since(database, accepting).get(0);
        assertThat(accepted.transaction()).isEqualTo(OutboxRows.transactionOf(database, "interest", id));
        assertThat(read(seeker, id).jsonPath().getMap("opportunityContact")).as("the side reads it").isNotNull();
        assertThat(accepted.data()).as("the interest as its sides read it, without the contacts")
                .isEqualTo(OutboxRows.bodyOf(read(seeker, id), "opportunityContact", "enterpriseContact"));
        assertThat(accepted.data().has("opportunityContact") || accepted.data().has("enterpriseContact")).isFalse();

        decide(seeker, id, Map.of("to", "AGREEMENT_SIGNED", "reason", "licence signed", "agreementType", "LICENSING",
                "agreementDate", LocalDate.now(ZoneOffset.UTC).toString())).then().statusCode(200);

        List<Row> rows = OutboxRows.since(database, before);
        assertThat(rows).extracting(Row::type, Row::aggregateType, Row::aggregateId, Row::subject).containsExactly(
                tuple(InterestEvents.Type.SUBMITTED.type, "interest", id, "/api/v1/interests/" + id),
                tuple(InterestEvents.Type.ACCEPTED.type, "interest", id, "/api/v1/interests/" + id),
                tuple(InterestEvents.Type.AGREEMENT_SIGNED.type, "interest", id, "/api/v1/interests/" + id));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.parties()).containsExactlyInAnyOrder("VN", "CN");
            assertThat(row.audience()).containsExactlyInAnyOrder("client:" + offererId, "client:" + seekerId, "agency:VN", "agency:CN");
        });
        assertThat(rows.get(2).data().get("agreementType").asText()).isEqualTo("LICENSING");
    }

    @Test
    void declinedClosedAndExpiredInterestsAreEventsToo() {
        String offerer = Tokens.partner("TH");
        String opportunity = published(offerer, opportunity(enterpriseOf(offerer, "TH"), "BUSINESS_OFFER"));
        String declined = submitted(opportunity, "MY");
        String closed = submitted(opportunity, "ID");
        String expired = submitted(opportunity, "PH");
        decide(offerer, closed, "ACCEPTED").then().statusCode(200);
        Fixtures.execute(dataSource, "UPDATE interest SET expires_at = now() - interval '1 minute' WHERE id = '" + expired + "'");

        long before = OutboxRows.last(database);
        decide(offerer, declined, "DECLINED").then().statusCode(200);
        decide(Tokens.partner("ID"), closed, "CLOSED").then().statusCode(200);
        expiry.run();

        // The expiry also expires what other tests left past its date.
        List<String> ours = List.of(declined, closed, expired);
        List<Row> rows = OutboxRows.since(database, before).stream().filter(row -> ours.contains(row.aggregateId())).toList();
        assertThat(rows).extracting(Row::type, Row::aggregateId).containsExactly(
                tuple(InterestEvents.Type.DECLINED.type, declined),
                tuple(InterestEvents.Type.CLOSED.type, closed),
                tuple(InterestEvents.Type.EXPIRED.type, expired));
        assertThat(rows.get(2).data()).isEqualTo(OutboxRows.bodyOf(read(offerer, expired), "opportunityContact"));
        assertThat(rows.get(2).audience()).containsExactlyInAnyOrder("client:partner-th-demo", "client:partner-ph-demo",
                "agency:TH", "agency:PH");
        assertThat(rows.get(2).transaction()).isEqualTo(OutboxRows.transactionOf(database, "interest", expired));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String offerer = Tokens.partner("SG");
        String own = enterpriseOf(offerer, "SG");
        String opportunity = published(offerer, opportunity(own, "TECHNOLOGY_OFFER"));
        String id = submitted(opportunity, "LA");
        long before = OutboxRows.last(database);

        expressInterest(offerer, interest(opportunity, own)).then().statusCode(422);
        expressInterest(Tokens.partner("LA"), interest(opportunity, read(offerer, id).jsonPath().getString("enterpriseId")))
                .then().statusCode(409);
        decide(Tokens.partner("LA"), id, "ACCEPTED").then().statusCode(403);
        decide(Tokens.partner("KH"), id, "ACCEPTED").then().statusCode(404);
        decide(offerer, id, "AGREEMENT_SIGNED").then().statusCode(409);
        decide(offerer, id, "ACCEPTED").then().statusCode(200);
        long accepted = OutboxRows.last(database);
        decide(Tokens.partner("LA"), id, "AGREEMENT_SIGNED").then().statusCode(400);
        decide(offerer, id, "ACCEPTED").then().statusCode(409);

        assertThat(OutboxRows.since(database, before)).extracting(Row::seq).containsExactly(accepted);
    }

    /** An interest of a new enterprise of {@code party} (its partner's) in {@code opportunity}; returns its id. */
    private static String submitted(String opportunity, String party) {
        String token = Tokens.partner(party);
        return expressInterest(token, interest(opportunity, enterpriseOf(token, party))).then().statusCode(201).extract().path("id");
    }

    private static Response read(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/interests/" + id);
    }
}
