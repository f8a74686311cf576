package org.acde.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createEnterprise;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.decide;
import static org.acde.matchmaking.Fixtures.enterprise;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.expressInterest;
import static org.acde.matchmaking.Fixtures.interest;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.acde.matchmaking.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.acde.matchmaking.opportunity.OpportunityEvents;
import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class EnterpriseEventsTest {

    @Inject
    DataSource database;

    @Test
    void registeringRecordsTheEnterpriseWithoutItsContactForItsOwnerAndItsPartysAgencies() {
        String ownerId = "partner-vn-" + unique();
        String owner = Tokens.client(ownerId, "partner", "VN");
        long before = OutboxRows.last(database);
        String id = createEnterprise(owner, enterprise("VN")).then().statusCode(201).extract().path("id");

        List<Row> rows = OutboxRows.since(database, before);
        assertThat(rows).extracting(Row::type, Row::aggregateType, Row::aggregateId, Row::subject)
                .containsExactly(tuple(OrganisationEvents.Type.REGISTERED.enterpriseType, "enterprise", id, "/api/v1/enterprises/" + id));
        Row row = rows.get(0);
        assertThat(row.parties()).containsExactly("VN");
        assertThat(row.audience()).containsExactlyInAnyOrder("client:" + ownerId, "agency:VN");
        assertThat(row.data()).isEqualTo(OutboxRows.bodyOf(read(owner, id), "contact"));
        assertThat(row.data().has("contact")).isFalse();
        assertThat(row.event().get("source").asText()).isEqualTo("urn:acde:matchmaking-service");
        assertThat(row.transaction()).isEqualTo(OutboxRows.transactionOf(database, "organisation", id));
    }

    @Test
    void anUpdateIsAnEventOfTheEnterpriseAndOfEachOfItsOpportunitiesInOneTransaction() {
        String ownerId = "partner-th-" + unique();
        String owner = Tokens.client(ownerId, "partner", "TH");
        Map<String, Object> body = enterprise("TH");
        String id = createEnterprise(owner, body).then().statusCode(201).extract().path("id");
        String draft = createOpportunity(owner, opportunity(id, "TECHNOLOGY_OFFER")).then().statusCode(201).extract().path("id");
        String open = published(owner, opportunity(id, "BUSINESS_OFFER"));
        body.put("sizeBand", "MEDIUM");

        long before = OutboxRows.last(database);
        given().auth().oauth2(owner).contentType(ContentType.JSON).header("If-Match", read(owner, id).header("ETag")).body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(200);

        List<Row> rows = OutboxRows.since(database, before);
        assertThat(rows).extracting(Row::type, Row::subject).containsExactlyInAnyOrder(
                tuple(OrganisationEvents.Type.UPDATED.enterpriseType, "/api/v1/enterprises/" + id),
                tuple(OpportunityEvents.Type.UPDATED.type, "/api/v1/opportunities/" + draft),
                tuple(OpportunityEvents.Type.UPDATED.type, "/api/v1/opportunities/" + open));
        assertThat(rows.get(0).subject()).as("the enterprise's own event first").endsWith(id);
        assertThat(rows.get(0).data()).isEqualTo(OutboxRows.bodyOf(read(owner, id), "contact"));
        assertThat(rows.get(0).data().get("sizeBand").asText()).isEqualTo("MEDIUM");
        Row ofDraft = rows.stream().filter(row -> row.aggregateId().equals(draft)).findFirst().orElseThrow();
        assertThat(ofDraft.audience()).containsExactlyInAnyOrder("client:" + ownerId, "agency:TH");
        assertThat(ofDraft.data()).isEqualTo(OutboxRows.bodyOf(given().auth().oauth2(owner).get("/api/v1/opportunities/" + draft)));
        Row ofOpen = rows.stream().filter(row -> row.aggregateId().equals(open)).findFirst().orElseThrow();
        assertThat(ofOpen.audience()).containsExactly("anyone");
        assertThat(ofOpen.data()).as("anonymised, as anyone reads it")
                .isEqualTo(OutboxRows.bodyOf(given().get("/api/v1/opportunities/" + open)));
        assertThat(rows).extracting(Row::transaction).containsOnly(OutboxRows.transactionOf(database, "organisation", id));
    }

    @Test
    void verificationAndItsWithdrawalAreEventsThatTheAcceptedCounterpartReadsToo() {
        String ownerId = "partner-kh-" + unique();
        String owner = Tokens.client(ownerId, "partner", "KH");
        String id = enterpriseOf(owner, "KH");
        String offer = published(owner, opportunity(id, "TECHNOLOGY_OFFER"));
        String counterpartId = "partner-cn-" + unique();
        String counterpart = Tokens.client(counterpartId, "partner", "CN");
        String interest = expressInterest(counterpart, interest(offer, enterpriseOf(counterpart, "CN"))).then().statusCode(201)
                .extract().path("id");
        decide(owner, interest, "ACCEPTED").then().statusCode(200);

        long before = OutboxRows.last(database);
        verify(Tokens.agency("KH"), id, true).then().statusCode(200);
        verify(Tokens.agency("KH"), id, false).then().statusCode(200);

        List<Row> rows = OutboxRows.since(database, before);
        assertThat(rows).extracting(Row::type, Row::subject).containsExactly(
                tuple(OrganisationEvents.Type.VERIFIED.enterpriseType, "/api/v1/enterprises/" + id),
                tuple(OrganisationEvents.Type.UNVERIFIED.enterpriseType, "/api/v1/enterprises/" + id));
        assertThat(rows.get(0).data().get("verified").asBoolean()).isTrue();
        assertThat(rows.get(0).data().get("verifiedBy").asText()).isEqualTo("agency-kh-demo");
        assertThat(rows.get(1).data()).isEqualTo(OutboxRows.bodyOf(read(counterpart, id), "contact"));
        assertThat(rows).allSatisfy(row -> assertThat(row.audience())
                .containsExactlyInAnyOrder("client:" + ownerId, "agency:KH", "client:" + counterpartId));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String owner = Tokens.partner("MY");
        Map<String, Object> body = enterprise("MY");
        String id = createEnterprise(owner, body).then().statusCode(201).extract().path("id");
        long before = OutboxRows.last(database);

        createEnterprise(Tokens.partner("SG"), enterprise("MY")).then().statusCode(403);
        Map<String, Object> invalid = enterprise("MY");
        invalid.put("registrationId", "SG-ACRA-1");
        createEnterprise(owner, invalid).then().statusCode(400);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(body).put("/api/v1/enterprises/" + id).then().statusCode(428);
        given().auth().oauth2(owner).contentType(ContentType.JSON).header("If-Match", "\"9\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(412);
        given().auth().oauth2(Tokens.client("partner-my-other", "partner", "MY")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(body).put("/api/v1/enterprises/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("MY")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/enterprises/" + id).then().statusCode(403);
        verify(owner, id, true).then().statusCode(403);
        verify(Tokens.agency("SG"), id, true).then().statusCode(404);

        assertThat(OutboxRows.since(database, before)).isEmpty();
    }

    private static Response read(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/enterprises/" + id);
    }

    private static Response verify(String token, String id, boolean verified) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("verified", verified))
                .post("/api/v1/enterprises/" + id + "/verification");
    }
}
