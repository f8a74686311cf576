package org.acde.matchmaking.need;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createNeed;
import static org.acde.matchmaking.Fixtures.createOpportunity;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.moveNeed;
import static org.acde.matchmaking.Fixtures.need;
import static org.acde.matchmaking.Fixtures.needOf;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.acde.matchmaking.Fixtures.rows;
import static org.acde.matchmaking.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Listings;
import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class NeedTest {

    @Inject
    DataSource database;

    @Test
    void anAgencyPostsANeedOfItsPartyAndAnyoneReadsIt() {
        Response created = createNeed(Tokens.agency("LA"), need("LA"));
        String id = created.then().statusCode(201).body("status", is("OPEN")).body("party", is("LA"))
                .body("subAreas", contains("AGRICULTURE")).body("audiences", contains("MSME_OWNERS")).body("audienceSize", is(2000))
                .extract().path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/needs/" + id);
        given().get("/api/v1/needs/" + id).then().statusCode(200).header("ETag", is("\"0\"")).body("id", is(id));
        given().queryParam("party", "LA").queryParam("kind", "TECHNOLOGY").queryParam("measure", "IV").queryParam("subArea", "AGRICULTURE")
                .queryParam("status", "OPEN").queryParam("audience", "MSME_OWNERS").queryParam("technology", "SMART_AGRICULTURE")
                .queryParam("limit", 100).get("/api/v1/needs").then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("party", "LA").queryParam("subArea", "CONNECTIVITY").get("/api/v1/needs").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        createNeed(Tokens.secretariat(), need("MM")).then().statusCode(201).body("party", is("MM"));
    }

    @Test
    void pagesByCursorInTheOrderAsked() {
        String first = needOf("BN");
        String second = needOf("BN");
        Map<String, Object> filters = Map.of("party", "BN", "sort", "createdAt", "limit", 1);
        String cursor = given().queryParams(filters).get("/api/v1/needs").then().statusCode(200).body("items.id", contains(first))
                .extract().path("nextCursor");
        given().queryParams(filters).queryParam("cursor", cursor).get("/api/v1/needs").then().statusCode(200)
                .body("items.id", contains(second));
        given().queryParam("technologies", "X").get("/api/v1/needs").then().statusCode(400).body("errors.field", contains("technologies"));
    }

    @Test
    void onlyAnAgencyOfThePartyOrTheSecretariatPostsAndChanges() {
        long before = rows(database, "need", "true");
        createNeed(Tokens.agency("VN"), need("LA")).then().statusCode(403).contentType("application/problem+json");
        createNeed(Tokens.partner("LA"), need("LA")).then().statusCode(403);
        given().contentType(ContentType.JSON).body(need("LA")).post("/api/v1/needs").then().statusCode(401);
        createNeed(Tokens.forged(), need("LA")).then().statusCode(401);
        createNeed(Tokens.user("officer.la", "agency", "VN"), need("LA")).then().statusCode(403);
        assertThat(rows(database, "need", "true")).isEqualTo(before);

        String id = needOf("LA");
        Map<String, Object> body = need("LA");
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/needs/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.partner("LA")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/needs/" + id).then().statusCode(403);
        moveNeed(Tokens.agency("TH"), id, "MET").then().statusCode(403);
        moveNeed(Tokens.partner("LA"), id, "MET").then().statusCode(403);
        given().get("/api/v1/needs/" + id).then().statusCode(200).body("status", is("OPEN")).header("ETag", is("\"0\""));
        moveNeed(Tokens.secretariat(), id, "BEING_ANSWERED").then().statusCode(200).body("status", is("BEING_ANSWERED"));
    }

    @Test
    void updateNeedsIfMatchAndKeepsTheParty() {
        String token = Tokens.agency("KH");
        Map<String, Object> body = need("KH");
        String id = createNeed(token, body).then().statusCode(201).extract().path("id");
        body.put("title", "Changed title");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/needs/" + id).then().statusCode(428);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).put("/api/v1/needs/" + id)
                .then().statusCode(412);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/needs/" + id)
                .then().statusCode(200).body("title", is("Changed title")).header("ETag", is("\"1\""));
        body.put("party", "TH");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/needs/" + id).then().statusCode(422).body("errors[0].field", is("party"));
    }

    @Test
    void lifecycleMovesWithReasonsAndRefusals() {
        String token = Tokens.agency("PH");
        String id = needOf("PH");
        moveNeed(token, id, "OPEN").then().statusCode(409).body("currentStatus", is("OPEN"))
                .body("allowed", is(List.of("BEING_ANSWERED", "MET", "WITHDRAWN")));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", "BEING_ANSWERED", "reason", "Two offers answer it"))
                .post("/api/v1/needs/" + id + "/transitions").then().statusCode(200).body("statusReason", is("Two offers answer it"));
        moveNeed(token, id, "OPEN").then().statusCode(200);
        moveNeed(token, id, "MET").then().statusCode(200).body("status", is("MET"));
        moveNeed(token, id, "WITHDRAWN").then().statusCode(409).body("allowed", is(List.of()));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(need("PH"))
                .put("/api/v1/needs/" + id).then().statusCode(409);
    }

    @Test
    void aWithdrawnNeedIsSeenOnlyByItsPartysAgenciesAndTheSecretariat() {
        String id = needOf("SG");
        moveNeed(Tokens.agency("SG"), id, "WITHDRAWN").then().statusCode(200);
        given().get("/api/v1/needs/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("MY")).get("/api/v1/needs/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.partner("SG")).get("/api/v1/needs/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("SG")).get("/api/v1/needs/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/needs/" + id).then().statusCode(200);
        given().get("/api/v1/needs/" + id + "/matches").then().statusCode(404);
        Map<String, Object> query = Map.of("party", "SG");
        assertThat(Listings.assertItemsOpenAsListed(null, "/api/v1/needs", query, need -> "/api/v1/needs/" + need)).doesNotContain(id);
        assertThat(Listings.assertItemsOpenAsListed(Tokens.agency("MY"), "/api/v1/needs", query, need -> "/api/v1/needs/" + need))
                .doesNotContain(id);
        assertThat(Listings.assertItemsOpenAsListed(Tokens.agency("SG"), "/api/v1/needs", query, need -> "/api/v1/needs/" + need))
                .contains(id);
        assertThat(Listings.assertItemsOpenAsListed(Tokens.user("officer.sg." + unique(), "agency", "SG"), "/api/v1/needs", query,
                need -> "/api/v1/needs/" + need)).contains(id);
    }

    @Test
    void everyWriteRecordsAnEventForAnyone() {
        long before = OutboxRows.last(database);
        Map<String, Object> body = need("TH");
        String id = createNeed(Tokens.agency("TH"), body).then().statusCode(201).extract().path("id");
        body.put("title", "Changed " + unique());
        given().auth().oauth2(Tokens.agency("TH")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/needs/" + id).then().statusCode(200);
        moveNeed(Tokens.agency("TH"), id, "BEING_ANSWERED").then().statusCode(200);
        moveNeed(Tokens.agency("TH"), id, "OPEN").then().statusCode(200);
        moveNeed(Tokens.agency("TH"), id, "MET").then().statusCode(200);
        moveNeed(Tokens.agency("VN"), id, "WITHDRAWN").then().statusCode(403);
        List<Row> rows = OutboxRows.since(database, before);
        String subject = "/api/v1/needs/" + id;
        assertThat(rows).extracting(Row::type, Row::aggregateType, Row::aggregateId, Row::subject).containsExactly(
                tuple(NeedEvents.Type.POSTED.type, "need", id, subject), tuple(NeedEvents.Type.UPDATED.type, "need", id, subject),
                tuple(NeedEvents.Type.BEING_ANSWERED.type, "need", id, subject), tuple(NeedEvents.Type.REOPENED.type, "need", id, subject),
                tuple(NeedEvents.Type.MET.type, "need", id, subject));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.parties()).containsExactly("TH");
            assertThat(row.audience()).containsExactly("anyone");
        });
        assertThat(rows.get(4).data()).isEqualTo(OutboxRows.bodyOf(given().get(subject)));
    }

    @Test
    void offersDeclareTheNeedsTheyAnswerAndTheNeedFindsThem() {
        String need = needOf("LA");
        String token = Tokens.partner("VN");
        String enterprise = enterpriseOf(token, "VN");
        Map<String, Object> offer = opportunity(enterprise, "TECHNOLOGY_OFFER");
        offer.put("answersNeeds", List.of(need));
        String id = published(token, offer);
        given().get("/api/v1/opportunities/" + id).then().statusCode(200).body("answersNeeds", contains(need));
        given().queryParam("need", need).get("/api/v1/opportunities").then().statusCode(200).body("items.id", contains(id));

        long before = rows(database, "opportunity", "true");
        offer.put("answersNeeds", List.of(UUID.randomUUID().toString()));
        createOpportunity(token, offer).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("answersNeeds[0]"));
        offer.put("answersNeeds", List.of(need, need));
        createOpportunity(token, offer).then().statusCode(422).body("errors[0].field", is("answersNeeds[1]"));
        String withdrawn = needOf("LA");
        moveNeed(Tokens.agency("LA"), withdrawn, "WITHDRAWN").then().statusCode(200);
        offer.put("answersNeeds", List.of(withdrawn));
        createOpportunity(token, offer).then().statusCode(422).body("errors[0].field", is("answersNeeds[0]"));
        Map<String, Object> request = opportunity(enterprise, "TECHNOLOGY_REQUEST");
        request.put("answersNeeds", List.of(need));
        createOpportunity(token, request).then().statusCode(400).body("errors[0].field", is("answersNeeds"));
        offer.put("answersNeeds", List.of("not-a-uuid"));
        createOpportunity(token, offer).then().statusCode(400);
        assertThat(rows(database, "opportunity", "true")).isEqualTo(before);
    }

    @Test
    void aNeedWithdrawnAfterAnOfferDeclaredItDoesNotBlockTheOffersOtherChanges() {
        String need = needOf("MM");
        String token = Tokens.partner("TH");
        Map<String, Object> offer = opportunity(enterpriseOf(token, "TH"), "BUSINESS_OFFER");
        offer.put("answersNeeds", List.of(need));
        String id = published(token, offer);
        moveNeed(Tokens.agency("MM"), need, "WITHDRAWN").then().statusCode(200);
        offer.put("title", "Changed after the need was withdrawn");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(offer)
                .put("/api/v1/opportunities/" + id).then().statusCode(200).body("answersNeeds", contains(need));
        String other = needOf("MM");
        moveNeed(Tokens.agency("MM"), other, "WITHDRAWN").then().statusCode(200);
        offer.put("answersNeeds", List.of(need, other));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(offer)
                .put("/api/v1/opportunities/" + id).then().statusCode(422).body("errors[0].field", is("answersNeeds[1]"));
    }

    @Test
    void matchesRankOffersWithTheExplanationOfOpportunityMatching() {
        Map<String, Object> body = need("KH");
        body.put("technologies", List.of("BLOCKCHAIN", "DIGITAL_PAYMENTS"));
        body.put("sectors", List.of("K"));
        String need = createNeed(Tokens.agency("KH"), body).then().statusCode(201).extract().path("id");
        String token = Tokens.partner("CN");
        String enterprise = enterpriseOf(token, "CN");
        Map<String, Object> fitting = opportunity(enterprise, "BUSINESS_OFFER");
        fitting.put("technologies", List.of("BLOCKCHAIN", "DIGITAL_PAYMENTS"));
        fitting.put("sectors", List.of("K"));
        String best = published(token, fitting);
        Map<String, Object> request = opportunity(enterprise, "TECHNOLOGY_REQUEST");
        request.put("technologies", List.of("BLOCKCHAIN", "DIGITAL_PAYMENTS"));
        request.put("sectors", List.of("K"));
        String notAnOffer = published(token, request);
        given().queryParam("limit", 100).get("/api/v1/needs/" + need + "/matches").then().statusCode(200)
                .body("needId", is(need)).body("items[0].opportunity.id", is(best)).body("items[0].rank", is(1))
                .body("items[0].factors.factor", contains("TECHNOLOGY", "SECTOR", "TARGET_PARTY", "CROSS_BORDER", "MSME", "LANGUAGE", "FRESHNESS"))
                .body("items[0].factors[0].value", is(1.0f)).body("items[0].factors[3].detail", endsWith("ASEAN–China"))
                .body("items[0].factors[4].detail", org.hamcrest.Matchers.startsWith("no size band and SMALL"))
                .body("items.opportunity.id", not(hasItem(notAnOffer)))
                .body("items.opportunity.enterpriseId", not(hasItem(enterprise)));
        given().queryParam("limit", 0).get("/api/v1/needs/" + need + "/matches").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/needs/" + UUID.randomUUID() + "/matches").then().statusCode(404);
    }

    @Test
    void statisticsCountByPartyMeasureStatusAndTheShareMet() {
        String met = needOf("CN");
        moveNeed(Tokens.agency("CN"), met, "MET").then().statusCode(200);
        needOf("CN");
        String withdrawn = needOf("CN");
        moveNeed(Tokens.agency("CN"), withdrawn, "WITHDRAWN").then().statusCode(200);
        Map<String, Number> status = counts(given().queryParam("party", "CN").get("/api/v1/needs/stats"), "byStatus");
        long posted = rows(database, "need", "party = 'CN'");
        long live = rows(database, "need", "party = 'CN' AND status <> 'WITHDRAWN'");
        long metCount = rows(database, "need", "party = 'CN' AND status = 'MET'");
        given().queryParam("party", "CN").get("/api/v1/needs/stats").then().statusCode(200).body("party", is("CN"))
                .body("posted", is((int) posted)).body("metShare", is((float) ((double) metCount / live)))
                .body("byParty.find { it.code == 'CN' }.count", is((int) live))
                .body("byParty.find { it.code == 'VN' }.count", is(0))
                .body("byMeasure.find { it.code == 'IV' }.label", is("Promote digital transformation of industries"));
        assertThat(status.get("WITHDRAWN").longValue()).isEqualTo(rows(database, "need", "party = 'CN' AND status = 'WITHDRAWN'"));
        given().header("Accept-Language", "zh").get("/api/v1/needs/stats").then().statusCode(200)
                .body("byStatus.find { it.code == 'MET' }.label", is("已满足"));
        given().queryParam("party", "XX").get("/api/v1/needs/stats").then().statusCode(400);
    }

    private static Map<String, Number> counts(Response response, String group) {
        List<Map<String, Object>> items = response.then().statusCode(200).extract().jsonPath().getList(group);
        return items.stream().collect(java.util.stream.Collectors.toMap(item -> (String) item.get("code"), item -> (Number) item.get("count")));
    }
}
