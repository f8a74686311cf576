package org.acde.initiatives.initiative;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.inStatus;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Filters, visibility, paging, statistics and the CSV export, on a data set of its own (one tag). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeListTest {

    private final String tag = uniqueTag();
    private String agriculture;
    private String proposal;
    private Instant beforeUpdate;

    /** Once per class; in @BeforeEach because RestAssured learns the test port only then. */
    @BeforeEach
    void seed() {
        if (agriculture != null) {
            return;
        }
        Map<String, Object> farming = initiative("VN", tag, "CN");
        farming.put("title", "Smart agriculture platforms " + tag);
        farming.put("summary", "Digital tools for rice farmers and cooperatives.");
        farming.put("measure", "IV");
        farming.put("subAreas", List.of("AGRICULTURE"));
        farming.put("plannedStart", "2025-01-01");
        farming.put("plannedEnd", "2025-12-31");
        agriculture = inStatus(farming, "ENDORSED", "ACTIVE");

        Map<String, Object> security = initiative("TH", tag, "SG");
        security.put("title", "Cyber drills " + tag);
        security.put("summary", "Joint incident response exercises.");
        security.put("measure", "V");
        security.put("subAreas", List.of("SECURITY_CAPACITY_BUILDING"));
        security.put("plannedStart", LocalDate.now(ZoneOffset.UTC).minusDays(30).toString());
        security.put("plannedEnd", LocalDate.now(ZoneOffset.UTC).plusDays(365).toString());
        inStatus(security, "ENDORSED");

        Map<String, Object> ports = initiative("CN", tag, "MY", "VN");
        ports.put("title", "Ports of the future " + tag);
        ports.put("plannedStart", "2024-03-01");
        ports.remove("plannedEnd");
        inStatus(ports, "ENDORSED");

        Map<String, Object> draft = initiative("VN", tag, "LA");
        draft.put("title", "Draft literacy plan " + tag);
        draft.put("measure", "VI");
        draft.put("subAreas", List.of("DIGITAL_LITERACY"));
        proposal = created(draft);
        beforeUpdate = Instant.now();
    }

    private RequestSpecification tagged() {
        return given().queryParam("tag", tag);
    }

    private List<String> titles(RequestSpecification request) {
        return request.get("/api/v1/initiatives").then().statusCode(200).extract().jsonPath().getList("items.title");
    }

    @Test
    void anonymousCallersSeeOnlyEndorsedInitiatives() {
        tagged().get("/api/v1/initiatives").then().statusCode(200).body("total", is(3))
                .body("items.status", everyItem(org.hamcrest.Matchers.not("PROPOSED")));
        given().auth().oauth2(Tokens.partner("VN")).queryParam("tag", tag).get("/api/v1/initiatives").then().body("total", is(3));
    }

    @Test
    void agenciesAlsoSeeTheirPartysProposalsAndTheSecretariatSeesAll() {
        given().auth().oauth2(Tokens.agency("LA")).queryParam("tag", tag).get("/api/v1/initiatives").then()
                .body("total", is(4)).body("items.id", hasItem(proposal));
        given().auth().oauth2(Tokens.agency("TH")).queryParam("tag", tag).get("/api/v1/initiatives").then().body("total", is(3));
        given().auth().oauth2(Tokens.secretariat()).queryParam("tag", tag).get("/api/v1/initiatives").then().body("total", is(4));
    }

    @Test
    void filtersByMeasureStatusAndParties() {
        assertThat(titles(tagged().queryParam("measure", "IV"))).containsExactly("Smart agriculture platforms " + tag);
        assertThat(titles(tagged().queryParam("status", "ACTIVE"))).containsExactly("Smart agriculture platforms " + tag);
        assertThat(titles(tagged().queryParam("party", "VN"))).containsExactlyInAnyOrder(
                "Smart agriculture platforms " + tag, "Ports of the future " + tag);
        assertThat(titles(tagged().queryParam("leadParty", "VN"))).containsExactly("Smart agriculture platforms " + tag);
        assertThat(titles(tagged().queryParam("party", "PH"))).isEmpty();
        assertThat(titles(given().queryParam("tag", tag.toUpperCase()))).hasSize(3);
    }

    @Test
    void searchesTheTextInFull() {
        assertThat(titles(tagged().queryParam("q", "rice farmers"))).containsExactly("Smart agriculture platforms " + tag);
        assertThat(titles(tagged().queryParam("q", "\"incident response\""))).containsExactly("Cyber drills " + tag);
        assertThat(titles(tagged().queryParam("q", "ports -future"))).containsExactlyInAnyOrder(
                "Smart agriculture platforms " + tag, "Cyber drills " + tag);
        assertThat(titles(tagged().queryParam("q", "drills or farmers"))).hasSize(2);
    }

    @Test
    void filtersByDateOfActivityAndOfChange() {
        // The agriculture one started today, after its planned end: it runs from today on, whatever was planned.
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(titles(tagged().queryParam("activeOn", tomorrow))).containsExactlyInAnyOrder(
                "Smart agriculture platforms " + tag, "Cyber drills " + tag, "Ports of the future " + tag);
        assertThat(titles(tagged().queryParam("activeOn", "2025-06-01"))).containsExactly("Ports of the future " + tag);
        assertThat(titles(tagged().queryParam("activeOn", "2024-06-01"))).containsExactly("Ports of the future " + tag);
        assertThat(titles(tagged().queryParam("activeOn", "2020-01-01"))).isEmpty();
        assertThat(titles(tagged().queryParam("updatedSince", beforeUpdate.toString()))).isEmpty();
        assertThat(titles(tagged().queryParam("updatedSince", "2020-01-01T00:00:00Z"))).hasSize(3);
    }

    @Test
    void pagesWithCursorsInTheRequestedOrder() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().auth().oauth2(Tokens.secretariat()).queryParam("tag", tag)
                    .queryParam("limit", 3).queryParam("sort", "title");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get("/api/v1/initiatives");
            response.then().statusCode(200).body("total", is(4));
            seen.addAll(response.jsonPath().getList("items.title"));
            cursor = response.jsonPath().getString("nextCursor");
            if (cursor != null) {
                assertThat(response.header("Link")).startsWith("</api/v1/initiatives?").contains("rel=\"next\"");
            }
        } while (cursor != null);
        assertThat(seen).containsExactly("Cyber drills " + tag, "Draft literacy plan " + tag,
                "Ports of the future " + tag, "Smart agriculture platforms " + tag);
        assertThat(titles(tagged().queryParam("sort", "-title"))).startsWith("Smart agriculture platforms " + tag);
    }

    @Test
    void aCursorOnlyWorksForTheQueryItCameFrom() {
        String cursor = tagged().queryParam("limit", 1).get("/api/v1/initiatives").jsonPath().getString("nextCursor");
        tagged().queryParam("limit", 1).queryParam("measure", "V").queryParam("cursor", cursor).get("/api/v1/initiatives")
                .then().statusCode(400).body("errors[0].field", is("cursor"));
    }

    @Test
    void countsByEveryDimensionWithLabels() {
        tagged().queryParam("groupBy", "measure").get("/api/v1/initiatives/stats").then().statusCode(200)
                .body("groupBy", is("measure")).body("total", is(3))
                .body("groups.find { it.code == 'IV' }.count", is(1))
                .body("groups.find { it.code == 'IV' }.label", is("Promote digital transformation of industries"))
                .body("groups.find { it.code == 'VI' }.count", is(0));
        tagged().queryParam("groupBy", "party").get("/api/v1/initiatives/stats").then()
                .body("groups.find { it.code == 'VN' }.count", is(2))
                .body("groups.find { it.code == 'VN' }.label", is("Viet Nam"))
                .body("groups.size()", is(12));
        given().auth().oauth2(Tokens.secretariat()).queryParam("tag", tag).queryParam("groupBy", "status")
                .get("/api/v1/initiatives/stats").then().body("total", is(4))
                .body("groups.find { it.code == 'PROPOSED' }.count", is(1))
                .body("groups.find { it.code == 'ENDORSED' }.count", is(2));
        // The year of the actual start, else the planned one: ports 2024, agriculture today (activated), security 30 days ago.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Integer> byYear = new TreeMap<>(Map.of("2024", 1));
        byYear.merge(String.valueOf(today.getYear()), 1, Integer::sum);
        byYear.merge(String.valueOf(today.minusDays(30).getYear()), 1, Integer::sum);
        List<Map<String, Object>> years = tagged().queryParam("groupBy", "year").get("/api/v1/initiatives/stats").then()
                .statusCode(200).extract().jsonPath().getList("groups");
        assertThat(years).extracting(group -> group.get("code"), group -> group.get("count"))
                .containsExactlyInAnyOrderElementsOf(byYear.entrySet().stream()
                        .map(year -> tuple(year.getKey(), year.getValue())).toList());
        tagged().queryParam("leadParty", "VN").queryParam("groupBy", "status").get("/api/v1/initiatives/stats").then()
                .body("total", is(1)).body("groups.find { it.code == 'ACTIVE' }.count", is(1));
    }

    @Test
    void exportsCsvWithCodesAndLabels() {
        String csv = tagged().queryParam("measure", "IV").get("/api/v1/initiatives/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", is("attachment; filename=\"initiatives.csv\""))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("id,code,title,measure,measure_label,sub_areas,sub_area_labels,status,status_label");
        assertThat(lines.get(1)).contains(agriculture, ",IV,\"Promote digital transformation of industries\"", ",AGRICULTURE,Agriculture,",
                ",ACTIVE,Active,", ",VN,\"Viet Nam\",", "\"VN; CN\"", "\"Viet Nam; People's Republic of China\"");
    }

    @Test
    void exportsEveryRowAcrossSlicesAndDefusesFormulas() {
        String ownTag = uniqueTag();
        Map<String, Object> body = initiative("BN", ownTag);
        body.put("title", "=HYPERLINK(\"http://evil.example\") " + ownTag);
        inStatus(body, "ENDORSED");
        String csv = given().queryParam("tag", ownTag).get("/api/v1/initiatives/export.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\") " + ownTag + "\"");
        assertThat(given().queryParam("tag", tag).get("/api/v1/initiatives/export.csv").then().statusCode(200)
                .extract().asString().lines()).hasSize(4);
        assertThat(given().get("/api/v1/initiatives/export.csv").then().statusCode(200).extract().asString().lines().count())
                .isGreaterThan(4);
    }

    @Test
    void aHiddenProposalIsNotInTheAnonymousExport() {
        String csv = tagged().get("/api/v1/initiatives/export.csv").then().statusCode(200).extract().asString();
        assertThat(csv).doesNotContain(proposal);
        String all = given().auth().oauth2(Tokens.secretariat()).queryParam("tag", tag).get("/api/v1/initiatives/export.csv")
                .then().statusCode(200).extract().asString();
        assertThat(all).contains(proposal);
    }

    @Test
    void anUnknownQueryParameterIsRefusedAndEveryListedOneTaken() {
        tagged().queryParam("stauts", "ACTIVE").get("/api/v1/initiatives").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("stauts"));
        tagged().queryParam("format", "xlsx").get("/api/v1/initiatives/export.csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("format"));
        // Every filter at once, each of them true of the agriculture initiative (activated, so running, today).
        Map<String, Object> filters = Map.of("tag", tag, "measure", "IV", "status", "ACTIVE", "party", "CN", "leadParty", "VN",
                "q", "farmers", "activeOn", LocalDate.now(ZoneOffset.UTC).toString(), "updatedSince", "2020-01-01T00:00:00Z");
        given().queryParams(filters).queryParam("sort", "-title").queryParam("limit", 1).get("/api/v1/initiatives").then()
                .statusCode(200).body("items.id", contains(agriculture)).body("nextCursor", is((Object) null));
        assertThat(given().queryParams(filters).get("/api/v1/initiatives/export.csv").then().statusCode(200).extract().asString()
                .lines()).hasSize(2);
        given().queryParams(filters).queryParam("groupBy", "status").get("/api/v1/initiatives/stats").then().statusCode(200)
                .body("total", is(1));
        String cursor = tagged().queryParam("sort", "title").queryParam("limit", 1).get("/api/v1/initiatives").then()
                .statusCode(200).extract().path("nextCursor");
        tagged().queryParam("sort", "title").queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/initiatives")
                .then().statusCode(200).body("items.title", contains("Ports of the future " + tag));
    }

    @Test
    void readsIgnoreAContentTypeHeaderWithoutBody() {
        given().contentType("text/html").queryParam("tag", tag).get("/api/v1/initiatives").then().statusCode(200);
    }

    @Test
    void listItemsHaveTheFullRepresentation() {
        tagged().queryParam("measure", "IV").get("/api/v1/initiatives").then()
                .body("items[0].participatingParties", contains("VN", "CN"))
                .body("items[0].organisations[0].role", is("IMPLEMENTING"))
                .body("items[0].documents[0].category", is("CONCEPT_NOTE"));
    }
}
