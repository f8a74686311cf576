package org.acde.initiatives.initiative;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.create;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.etag;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.transition;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class InitiativeLifecycleTest {

    @Test
    void anAgencyProposesAnInitiativeItsPartyLeads() {
        String tag = uniqueTag();
        var response = create(Tokens.agency("VN"), initiative("VN", tag, "CN", "TH")).then().statusCode(201)
                .header("ETag", is("\"0\""))
                .body("code", matchesPattern("ACI-2026-\\d{4}"))
                .body("status", is("PROPOSED"))
                .body("leadParty", is("VN"))
                .body("participatingParties", contains("TH", "VN", "CN"))
                .body("tags", contains(tag, "ports"))
                .body("budget.original.amount", is("150000.00"))
                .body("createdBy", is("agency-vn-demo"))
                .body("actualStart", nullValue())
                .extract();
        String id = response.path("id");
        org.assertj.core.api.Assertions.assertThat(response.header("Location")).endsWith("/api/v1/initiatives/" + id);
        given().auth().oauth2(Tokens.agency("VN")).get("/api/v1/initiatives/" + id).then().statusCode(200)
                .header("ETag", is("\"0\"")).body("title", is("5G smart port pilot " + tag));
    }

    @Test
    void theLifecycleRunsFromProposalToClosureAndSetsActualDates() {
        String id = created(initiative("TH", uniqueTag(), "CN"));
        String lead = Tokens.agency("TH");
        transition(Tokens.secretariat(), id, "ENDORSED").then().statusCode(200).body("status", is("ENDORSED"));
        // "Today" is read right after each answer, so a run across midnight UTC still agrees with the server.
        String started = transition(lead, id, "ACTIVE").then().statusCode(200).body("actualStart", is(today()))
                .body("actualEnd", nullValue()).extract().path("actualStart");
        transition(lead, id, "SUSPENDED").then().statusCode(200);
        transition(lead, id, "ACTIVE").then().statusCode(200).body("actualStart", is(started));
        transition(lead, id, "FINALISING").then().statusCode(200);
        transition(lead, id, "CLOSED").then().statusCode(200).body("status", is("CLOSED")).body("actualEnd", is(today()));

        given().get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                .body("items.kind", contains("CREATED", "TRANSITIONED", "TRANSITIONED", "TRANSITIONED", "TRANSITIONED",
                        "TRANSITIONED", "TRANSITIONED"))
                .body("items.to", contains("PROPOSED", "ENDORSED", "ACTIVE", "SUSPENDED", "ACTIVE", "FINALISING", "CLOSED"))
                .body("items[1].by", is("secretariat-demo"))
                .body("items[1].reason", is("moved by test"));
    }

    @Test
    void aForbiddenMoveIs409NamingTheAllowedOnes() {
        String id = created(initiative("MY", uniqueTag()));
        transition(Tokens.agency("MY"), id, "ENDORSED").then().statusCode(200);
        transition(Tokens.agency("MY"), id, "CLOSED").then().statusCode(409).contentType("application/problem+json")
                .body("allowed", contains("ACTIVE", "CANCELLED"))
                .body("status", is(409)).body("currentStatus", is("ENDORSED"));
        transition(Tokens.agency("MY"), id, "ENDORSED").then().statusCode(409)
                .body("detail", is("The initiative is already ENDORSED; allowed: ACTIVE, CANCELLED"));
        transition(Tokens.agency("MY"), id, "CANCELLED").then().statusCode(200);
        transition(Tokens.agency("MY"), id, "ACTIVE").then().statusCode(409).body("allowed", is(List.of()));
        given().auth().oauth2(Tokens.agency("MY")).contentType(ContentType.JSON).body(Map.of("to", "WITHDRAWN", "reason", "x"))
                .post("/api/v1/initiatives/" + id + "/transitions").then().statusCode(400).body("errors[0].field", is("to"));
        given().auth().oauth2(Tokens.agency("MY")).contentType(ContentType.JSON).body(Map.of("to", "ACTIVE"))
                .post("/api/v1/initiatives/" + id + "/transitions").then().statusCode(400).body("errors[0].field", is("reason"));
    }

    @Test
    void updatesNeedTheCurrentETagAndAreRecordedAsFieldChanges() {
        String tag = uniqueTag();
        Map<String, Object> body = initiative("ID", tag, "CN");
        String id = created(body);
        String token = Tokens.agency("ID");
        body.put("title", "Renamed " + tag);
        body.put("participatingParties", List.of("ID", "CN", "PH"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/initiatives/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:precondition-required"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .put("/api/v1/initiatives/" + id).then().statusCode(412)
                .body("type", is("urn:acde:problem:precondition-failed"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, id)).body(body)
                .put("/api/v1/initiatives/" + id).then().statusCode(200)
                .header("ETag", is("\"1\"")).body("title", is("Renamed " + tag)).body("updatedBy", is("agency-id-demo"));

        given().auth().oauth2(token).get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                .body("items[1].kind", is("UPDATED"))
                .body("items[1].changes.field", contains("title", "participatingParties"))
                .body("items[1].changes[0].from", is("5G smart port pilot " + tag))
                .body("items[1].changes[0].to", is("Renamed " + tag));
    }

    @Test
    void onlyTheSecretariatHandsTheLeadToAnotherParty() {
        Map<String, Object> body = initiative("SG", uniqueTag(), "CN");
        String id = created(body);
        body.put("leadParty", "CN");
        given().auth().oauth2(Tokens.agency("SG")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/initiatives/" + id).then().statusCode(422).body("errors[0].field", is("leadParty"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/initiatives/" + id).then().statusCode(200).body("leadParty", is("CN"));
    }

    @Test
    void onlyProposalsCanBeDeleted() {
        String id = created(initiative("KH", uniqueTag()));
        String token = Tokens.agency("KH");
        given().auth().oauth2(token).delete("/api/v1/initiatives/" + id).then().statusCode(428);
        given().auth().oauth2(token).header("If-Match", "\"0\"").delete("/api/v1/initiatives/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/initiatives/" + id).then().statusCode(404);

        String endorsed = created(initiative("KH", uniqueTag()));
        transition(token, endorsed, "ENDORSED").then().statusCode(200);
        given().auth().oauth2(token).header("If-Match", etag(token, endorsed)).delete("/api/v1/initiatives/" + endorsed)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("cancel it"));
    }

    @Test
    void proposalsAreVisibleOnlyToTheSecretariatAndParticipatingAgencies() {
        String id = created(initiative("LA", uniqueTag(), "CN"));
        given().get("/api/v1/initiatives/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partner("LA")).get("/api/v1/initiatives/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("TH")).get("/api/v1/initiatives/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("CN")).get("/api/v1/initiatives/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/initiatives/" + id).then().statusCode(200);
        given().get("/api/v1/initiatives/" + id + "/history").then().statusCode(404);

        transition(Tokens.agency("LA"), id, "ENDORSED").then().statusCode(200);
        given().get("/api/v1/initiatives/" + id).then().statusCode(200).body("status", is("ENDORSED"));
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/initiatives/" + id).then().statusCode(200);
    }

    @Test
    void cancelledProposalsStayPrivate() {
        String id = created(initiative("MM", uniqueTag()));
        transition(Tokens.agency("MM"), id, "CANCELLED").then().statusCode(200);
        given().get("/api/v1/initiatives/" + id).then().statusCode(404);
    }

    @Test
    void codesAreUniqueAndFollowThePlannedStartYear() {
        Map<String, Object> body = initiative("PH", uniqueTag());
        body.put("plannedStart", "2028-03-01");
        body.put("plannedEnd", "2029-03-01");
        String first = create(Tokens.agency("PH"), body).then().statusCode(201).extract().path("code");
        String second = create(Tokens.agency("PH"), body).then().statusCode(201).extract().path("code");
        org.assertj.core.api.Assertions.assertThat(first).startsWith("ACI-2028-");
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(second.substring(9)))
                .isEqualTo(Integer.parseInt(first.substring(9)) + 1);
    }

    @Test
    void unknownIdsAre404() {
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/initiatives/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("type", is("urn:acde:problem:not-found"));
        given().get("/api/v1/initiatives/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void historyIsPaged() {
        String id = Fixtures.inStatus(initiative("BN", uniqueTag()), "ENDORSED", "ACTIVE", "SUSPENDED", "ACTIVE");
        var first = given().queryParam("limit", 2).get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                .body("total", is(5)).body("items.kind", hasItem("CREATED")).body("nextCursor", notNullValue()).extract();
        given().queryParam("limit", 10).queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                .body("items.to", contains("ACTIVE", "SUSPENDED", "ACTIVE")).body("nextCursor", nullValue());
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
