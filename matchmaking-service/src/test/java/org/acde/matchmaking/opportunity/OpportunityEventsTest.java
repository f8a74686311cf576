package org.acde.matchmaking.opportunity;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.acde.matchmaking.Fixtures.transition;
import static org.acde.matchmaking.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.matchmaking.Fixtures;
import org.acde.matchmaking.interest.Expiry;
import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class OpportunityEventsTest {

    @Inject
    DataSource database;

    @Inject
    DataSource dataSource;

    @Inject
    Expiry expiry;

    @Test
    void aDraftIsTheOwnersSideAndAPublishedOneAnyonesAnonymised() {
        String ownerId = "partner-vn-" + unique();
        String owner = Tokens.client(ownerId, "partner", "VN");
        Map<String, Object> body = opportunity(enterpriseOf(owner, "VN"), "TECHNOLOGY_OFFER");

        long before = OutboxRows.last(database);
        String id = createOpportunity(owner, body).then().statusCode(201).extract().path("id");
        body.put("title", "Changed while a draft");
        update(owner, id, body);
        List<Row> drafts = OutboxRows.since(database, before);
        assertThat(drafts).extracting(Row::type, Row::aggregateType, Row::aggregateId, Row::subject).containsExactly(
                tuple(OpportunityEvents.Type.CREATED.type, "opportunity", id, "/api/v1/opportunities/" + id),
                tuple(OpportunityEvents.Type.UPDATED.type, "opportunity", id, "/api/v1/opportunities/" + id));
        assertThat(drafts).allSatisfy(row -> {
            assertThat(row.parties()).containsExactly("VN");
            assertThat(row.audience()).containsExactlyInAnyOrder("client:" + ownerId, "agency:VN");
        });
        assertThat(drafts.get(1).data()).as("named, as its owner reads it").isEqualTo(OutboxRows.bodyOf(read(owner, id)));
        assertThat(drafts.get(1).transaction()).isEqualTo(OutboxRows.transactionOf(database, "opportunity", id));

        long published = OutboxRows.last(database);
        transition(owner, id, "PUBLISHED").then().statusCode(200);
        body.put("title", "Changed once published");
        update(owner, id, body);
        List<Row> rows = OutboxRows.since(database, published);
        assertThat(rows).extracting(Row::type).containsExactly(OpportunityEvents.Type.PUBLISHED.type,
                OpportunityEvents.Type.UPDATED.type);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.audience()).containsExactly("anyone");
            assertThat(row.data().has("enterpriseId")).isFalse();
            assertThat(row.data().has("enterpriseName")).isFalse();
        });
        assertThat(rows.get(1).data()).as("anonymised, as anyone reads it").isEqualTo(OutboxRows.bodyOf(given().get("/api/v1/opportunities/" + id)));
    }

    @Test
    void theEndOfAPublicationReachesEveryoneWhoCouldReadItAndTheEndOfADraftOnlyTheOwnersSide() {
        String owner = Tokens.partner("TH");
        String enterprise = enterpriseOf(owner, "TH");
        String withdrawn = published(owner, opportunity(enterprise, "BUSINESS_OFFER"));
        String fulfilled = published(owner, opportunity(enterprise, "BUSINESS_REQUEST"));
        String expired = published(owner, opportunity(enterprise, "TECHNOLOGY_REQUEST"));
        String draft = createOpportunity(owner, opportunity(enterprise, "RESEARCH_COOPERATION")).then().statusCode(201)
                .extract().path("id");
        Fixtures.execute(dataSource, "UPDATE opportunity SET expires_on = current_date - 1 WHERE id = '" + expired + "'");

        long before = OutboxRows.last(database);
        transition(owner, withdrawn, "WITHDRAWN").then().statusCode(200);
        transition(owner, fulfilled, "FULFILLED").then().statusCode(200);
        transition(owner, draft, "WITHDRAWN").then().statusCode(200);
        expiry.run();

        // The expiry also expires what other tests left past its date.
        List<String> ours = List.of(withdrawn, fulfilled, expired, draft);
        List<Row> rows = OutboxRows.since(database, before).stream().filter(row -> ours.contains(row.aggregateId())).toList();
        assertThat(rows).extracting(Row::type, Row::aggregateId, row -> row.audience().contains("anyone")).containsExactly(
                tuple(OpportunityEvents.Type.WITHDRAWN.type, withdrawn, true),
                tuple(OpportunityEvents.Type.FULFILLED.type, fulfilled, true),
                tuple(OpportunityEvents.Type.WITHDRAWN.type, draft, false),
                tuple(OpportunityEvents.Type.EXPIRED.type, expired, true));
        // Anyone gets what a public read showed until then, with the new status; the owner's read names the enterprise.
        assertThat(rows.get(0).data()).isEqualTo(OutboxRows.bodyOf(read(owner, withdrawn), "enterpriseId", "enterpriseName"));
        assertThat(rows.get(2).data()).isEqualTo(OutboxRows.bodyOf(read(owner, draft)));
        assertThat(rows.get(3).data()).isEqualTo(OutboxRows.bodyOf(read(owner, expired), "enterpriseId", "enterpriseName"));
        assertThat(rows.get(3).transaction()).isEqualTo(OutboxRows.transactionOf(database, "opportunity", expired));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String owner = Tokens.partner("PH");
        String enterprise = enterpriseOf(owner, "PH");
        Map<String, Object> body = opportunity(enterprise, "TECHNOLOGY_OFFER");
        String id = published(owner, body);
        long before = OutboxRows.last(database);

        createOpportunity(Tokens.client("partner-ph-other", "partner", "PH"), body).then().statusCode(422);
        createOpportunity(Tokens.agency("PH"), body).then().statusCode(403);
        Map<String, Object> invalid = opportunity(enterprise, "TECHNOLOGY_OFFER");
        invalid.put("technologies", List.of("TELEPATHY"));
        createOpportunity(owner, invalid).then().statusCode(400);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(body).put("/api/v1/opportunities/" + id).then().statusCode(428);
        given().auth().oauth2(Tokens.agency("PH")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/opportunities/" + id).then().statusCode(403);
        transition(owner, id, "DRAFT").then().statusCode(409);
        transition(Tokens.partner("SG"), id, "WITHDRAWN").then().statusCode(403);
        transition(owner, id, "PUBLISHED").then().statusCode(409);

        assertThat(OutboxRows.since(database, before)).isEmpty();
    }

    private static Response read(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/opportunities/" + id);
    }

    private static void update(String token, String id, Map<String, Object> body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", read(token, id).header("ETag")).body(body)
                .put("/api/v1/opportunities/" + id).then().statusCode(200);
    }
}
