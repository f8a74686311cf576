package org.acde.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createOrganisation;
import static org.acde.matchmaking.Fixtures.organisation;
import static org.acde.matchmaking.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Organisations other than enterprises have events of their own; an enterprise's stay what partners follow. */
@QuarkusTest
class OrganisationEventsTest {

    @Inject
    DataSource database;

    @Test
    void aUniversitysRegistrationUpdateAndVerificationAreOrganisationEvents() {
        String ownerId = "partner-my-" + unique();
        String owner = Tokens.client(ownerId, "partner", "MY");
        Map<String, Object> body = organisation("UNIVERSITY", "MY");
        long before = OutboxRows.last(database);
        String id = createOrganisation(owner, body).then().statusCode(201).extract().path("id");
        List<Row> rows = OutboxRows.since(database, before);
        assertThat(rows).extracting(Row::type, Row::aggregateType, Row::aggregateId, Row::subject)
                .containsExactly(tuple(OrganisationEvents.Type.REGISTERED.type, "organisation", id, "/api/v1/organisations/" + id));
        Row row = rows.get(0);
        assertThat(row.type()).isEqualTo("org.acde.matchmaking.organisation.registered");
        assertThat(row.parties()).containsExactly("MY");
        assertThat(row.audience()).containsExactlyInAnyOrder("client:" + ownerId, "agency:MY");
        assertThat(row.data()).isEqualTo(OutboxRows.bodyOf(read(owner, id), "contact"));
        assertThat(row.data().get("kind").asText()).isEqualTo("UNIVERSITY");
        assertThat(row.data().has("contact")).isFalse();
        assertThat(row.transaction()).isEqualTo(OutboxRows.transactionOf(database, "organisation", id));

        long beforeChanges = OutboxRows.last(database);
        body.put("description", "Opens its AI laboratory to ASEAN–China research teams.");
        given().auth().oauth2(owner).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/organisations/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.agency("MY")).contentType(ContentType.JSON).body(Map.of("verified", true))
                .post("/api/v1/organisations/" + id + "/verification").then().statusCode(200);
        List<Row> changes = OutboxRows.since(database, beforeChanges);
        assertThat(changes).extracting(Row::type, Row::subject).containsExactly(
                tuple(OrganisationEvents.Type.UPDATED.type, "/api/v1/organisations/" + id),
                tuple(OrganisationEvents.Type.VERIFIED.type, "/api/v1/organisations/" + id));
        assertThat(changes.get(1).data()).isEqualTo(OutboxRows.bodyOf(read(owner, id), "contact"));
    }

    @Test
    void anEnterpriseRegisteredAsAnOrganisationKeepsTheEnterpriseEvent() {
        String ownerId = "partner-vn-" + unique();
        String owner = Tokens.client(ownerId, "partner", "VN");
        long before = OutboxRows.last(database);
        String id = createOrganisation(owner, organisation("ENTERPRISE", "VN")).then().statusCode(201).extract().path("id");
        List<Row> rows = OutboxRows.since(database, before);
        assertThat(rows).extracting(Row::type, Row::aggregateType, Row::subject)
                .containsExactly(tuple(OrganisationEvents.Type.REGISTERED.enterpriseType, "enterprise", "/api/v1/enterprises/" + id));
        Response enterprise = given().auth().oauth2(owner).get("/api/v1/enterprises/" + id);
        assertThat(rows.get(0).data()).isEqualTo(OutboxRows.bodyOf(enterprise, "contact"));
        assertThat(rows.get(0).data().has("kind")).isFalse();
    }

    @Test
    void aRefusedOrganisationRecordsNothing() {
        long before = OutboxRows.last(database);
        Map<String, Object> body = organisation("NGO", "VN");
        body.put("sizeBand", "SMALL");
        createOrganisation(Tokens.partner("VN"), body).then().statusCode(400);
        createOrganisation(Tokens.partner("TH"), organisation("NGO", "VN")).then().statusCode(403);
        assertThat(OutboxRows.since(database, before)).isEmpty();
    }

    private static Response read(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/organisations/" + id);
    }
}
