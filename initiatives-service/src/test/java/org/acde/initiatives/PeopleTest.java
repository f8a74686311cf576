package org.acde.initiatives;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.create;
import static org.acde.initiatives.initiative.Fixtures.etag;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.transition;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.acde.testing.Listings.assertItemsOpenAsListed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * People signed in through a client (Swagger UI's developer portal) act for their party like its clients do, and
 * the audit names them: every list shows only what its items open for the same caller, be it a person, another
 * person of the same party and client, or a client.
 */
@QuarkusTest
class PeopleTest {

    private static String name(String role, String party) {
        return role + "." + party.toLowerCase() + "." + uniqueTag();
    }

    private static String person(String role, String party) {
        return Tokens.user(name(role, party), role, party);
    }

    private static void post(String token, String path, Map<String, Object> body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
    }

    /** The initiative list and every list under the initiative, each item opened as listed; returns the initiatives listed. */
    private static List<String> listed(String token, String tag, String initiative, boolean seen) {
        List<String> initiatives = assertItemsOpenAsListed(token, "/api/v1/initiatives", Map.of("tag", tag),
                id -> "/api/v1/initiatives/" + id);
        String base = "/api/v1/initiatives/" + initiative;
        for (String list : new String[] { "/milestones", "/indicators", "/progress-reports" }) {
            if (seen) {
                assertItemsOpenAsListed(token, base + list, Map.of(), id -> base + list + "/" + id);
            } else {
                given().auth().oauth2(token).get(base + list).then().statusCode(404);
            }
        }
        given().auth().oauth2(token).get(base + "/history").then().statusCode(seen ? 200 : 404);
        return initiatives;
    }

    @Test
    void proposalsAndWhatIsUnderThemAreListedToThoseWhoOpenThem() {
        String tag = uniqueTag();
        String leadName = name("agency", "VN");
        String lead = Tokens.user(leadName, "agency", "VN");
        Map<String, Object> body = initiative("VN", tag, "CN");
        String id = create(lead, body).then().statusCode(201)
                .body("createdBy", is(leadName + " via developer-portal"))
                .body("updatedBy", is(leadName + " via developer-portal")).extract().path("id");
        String base = "/api/v1/initiatives/" + id;
        post(lead, base + "/milestones", Map.of("title", "Kick-off", "dueDate", "2026-02-01", "status", "PLANNED"));
        post(lead, base + "/indicators", Map.of("title", "Ports onboarded", "level", "OUTPUT", "unit", "COUNT",
                "ascending", true, "baseline", Map.of("value", 0, "date", "2025-12-31"),
                "targets", List.of(Map.of("period", "2026", "value", 2))));

        for (String participant : new String[] { lead, person("agency", "VN"), Tokens.agency("VN"), person("agency", "CN"),
                Tokens.agency("CN"), Tokens.user("secretariat." + uniqueTag(), "secretariat", null) }) {
            assertThat(listed(participant, tag, id, true)).containsExactly(id);
        }
        for (String other : new String[] { person("partner", "VN"), Tokens.partner("VN"), person("agency", "MY"),
                Tokens.agency("MY") }) {
            assertThat(listed(other, tag, id, false)).isEmpty();
            given().auth().oauth2(other).get(base).then().statusCode(404);
        }

        // Another agency person of the lead party changes it; the history names each person.
        String otherName = name("agency", "VN");
        String other = Tokens.user(otherName, "agency", "VN");
        body.put("title", "Renamed " + tag);
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", etag(other, id)).body(body).put(base)
                .then().statusCode(200).body("createdBy", is(leadName + " via developer-portal"))
                .body("updatedBy", is(otherName + " via developer-portal"));
        given().auth().oauth2(lead).get(base + "/history").then().statusCode(200)
                .body("items.by", contains(leadName + " via developer-portal", otherName + " via developer-portal"));
    }

    @Test
    void endorsedInitiativesAndTheirReportsAreListedToEveryoneAndNameWhoReported() {
        String tag = uniqueTag();
        String id = create(person("agency", "TH"), initiative("TH", tag, "CN")).then().statusCode(201).extract().path("id");
        String secretariatName = "secretariat." + uniqueTag();
        transition(Tokens.user(secretariatName, "secretariat", null), id, "ENDORSED").then().statusCode(200)
                .body("updatedBy", is(secretariatName + " via developer-portal"));
        String reporterName = name("agency", "CN");
        given().auth().oauth2(Tokens.user(reporterName, "agency", "CN")).contentType(ContentType.JSON)
                .body(Map.of("period", "2026-Q1", "narrative", "Started.")).post("/api/v1/initiatives/" + id + "/progress-reports")
                .then().statusCode(201).body("submittedBy", is(reporterName + " via developer-portal"));

        for (String anyone : new String[] { null, person("partner", "MY"), Tokens.partner("MY"), person("agency", "TH") }) {
            assertThat(assertItemsOpenAsListed(anyone, "/api/v1/initiatives", Map.of("tag", tag), i -> "/api/v1/initiatives/" + i))
                    .containsExactly(id);
            String reports = "/api/v1/initiatives/" + id + "/progress-reports";
            assertThat(assertItemsOpenAsListed(anyone, reports, Map.of(), report -> reports + "/" + report)).hasSize(1);
        }
    }
}
