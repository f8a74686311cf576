package org.acde.initiatives.library;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.library.LibraryFixtures.ITEMS;
import static org.acde.initiatives.library.LibraryFixtures.create;
import static org.acde.initiatives.library.LibraryFixtures.created;
import static org.acde.initiatives.library.LibraryFixtures.etag;
import static org.acde.initiatives.library.LibraryFixtures.item;
import static org.acde.initiatives.library.LibraryFixtures.published;
import static org.acde.initiatives.library.LibraryFixtures.transition;
import static org.acde.initiatives.library.LibraryFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.acde.initiatives.initiative.Fixtures;
import org.acde.testing.Listings;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The library's happy paths: an item's life, the filters, full-text search, paging and the CSV export. */
@QuarkusTest
class LibraryItemTest {

    private static String word() {
        return Fixtures.uniqueTag();
    }

    /** The ids the list shows, once its total is checked to count exactly them (a text query counts apart, V9). */
    private static List<String> ids(String token, Map<String, ?> query) {
        List<String> ids = Listings.all(token, ITEMS, query).stream().map(item -> (String) item.get("id")).toList();
        long total = (token == null ? given() : given().auth().oauth2(token)).queryParams(query).queryParam("limit", 1)
                .get(ITEMS).then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat(total).as("the total of %s", query).isEqualTo(ids.size());
        return ids;
    }

    private static Map<String, Object> titled(String word, String title, String summary) {
        Map<String, Object> body = LibraryFixtures.item("ID", word);
        body.put("title", title + " " + word);
        body.put("summary", summary);
        return body;
    }

    @Test
    void anAgencyDraftsPublishesAndWithdrawsAnItemOfItsParty() {
        String word = word();
        String agency = Tokens.agency("VN");
        Map<String, Object> body = item("VN", word, "CN");
        String id = create(agency, body).then().statusCode(201)
                .header("Location", containsString(ITEMS + "/")).header("ETag", is("\"0\""))
                .body("status", is("DRAFT")).body("parties", contains("VN", "CN")) // in the order of the reference list
                .body("publishedAt", nullValue()).body("createdBy", is("agency-vn-demo"))
                .extract().path("id");

        // A draft: its party's agency reads it, the public does not.
        given().get(ITEMS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        assertThat(ids(null, Map.of("q", word))).isEmpty();

        body.put("title", "Data protection guideline, second edition " + word);
        update(agency, id, etag(agency, id), body).then().statusCode(200).header("ETag", is("\"1\""))
                .body("title", is("Data protection guideline, second edition " + word));

        given().auth().oauth2(agency).get(ITEMS + "/" + id).then().body("$", not(hasKey("statusReason")));
        transition(agency, id, "PUBLISHED").then().statusCode(200).body("status", is("PUBLISHED"))
                .body("publishedAt", notNullValue()).body("statusReason", is("moved by test"));
        given().get(ITEMS + "/" + id).then().statusCode(200).header("ETag", is("\"2\"")).body("statusReason", is("moved by test"))
                .body("title", is("Data protection guideline, second edition " + word));
        assertThat(ids(null, Map.of("q", word))).containsExactly(id);

        transition(agency, id, "WITHDRAWN").then().statusCode(200).body("status", is("WITHDRAWN"));
        // Withdrawn stays readable, marked so; a withdrawn item is final.
        given().get(ITEMS + "/" + id).then().statusCode(200).body("status", is("WITHDRAWN"));
        assertThat(ids(null, Map.of("q", word, "status", "PUBLISHED"))).isEmpty();
        transition(agency, id, "PUBLISHED").then().statusCode(409).contentType("application/problem+json")
                .body("currentStatus", is("WITHDRAWN")).body("allowed.size()", is(0));
    }

    @Test
    void onlyDraftsAreDeleted() {
        String draft = created(item("TH", word()));
        given().auth().oauth2(Tokens.agency("TH")).header("If-Match", "\"0\"").delete(ITEMS + "/" + draft)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.secretariat()).get(ITEMS + "/" + draft).then().statusCode(404);

        String live = published(item("TH", word()));
        given().auth().oauth2(Tokens.agency("TH")).header("If-Match", etag(Tokens.agency("TH"), live))
                .delete(ITEMS + "/" + live).then().statusCode(409).contentType("application/problem+json");
        transition(Tokens.agency("TH"), live, "DRAFT").then().statusCode(409).body("allowed", contains("WITHDRAWN"));
    }

    @Test
    void writesNeedTheCurrentVersion() {
        String id = created(item("MY", word()));
        update(Tokens.agency("MY"), id, "\"7\"", item("MY", word())).then().statusCode(412);
        given().auth().oauth2(Tokens.agency("MY")).contentType("application/json").body(item("MY", word()))
                .put(ITEMS + "/" + id).then().statusCode(428);
    }

    @Test
    void filtersNarrowThePublicList() {
        String word = word();
        Map<String, Object> guideline = item("VN", word);
        String a = published(guideline);

        Map<String, Object> standard = item("CN", word, "TH");
        standard.put("documentType", "STANDARD");
        standard.put("measure", "III");
        standard.put("subAreas", List.of("FIVE_G"));
        standard.put("language", "zh-Hans");
        standard.put("publicationDate", "2023-01-15");
        String b = published(standard);

        Map<String, Object> caseStudy = item("TH", word);
        caseStudy.put("documentType", "CASE_STUDY");
        caseStudy.put("language", "th");
        caseStudy.put("publicationDate", "2026-03-01");
        String c = published(caseStudy);
        created(item("VN", word)); // a draft: never in the public list

        // Newest publication first.
        assertThat(ids(null, Map.of("q", word))).containsExactly(c, a, b);
        assertThat(ids(null, Map.of("q", word, "documentType", "STANDARD"))).containsExactly(b);
        assertThat(ids(null, Map.of("q", word, "measure", "III"))).containsExactly(b);
        assertThat(ids(null, Map.of("q", word, "subArea", "FIVE_G"))).containsExactly(b);
        assertThat(ids(null, Map.of("q", word, "subArea", "TRUSTED_DIGITAL_ECOSYSTEM"))).containsExactly(c, a);
        assertThat(ids(null, Map.of("q", word, "party", "TH"))).containsExactly(c, b);
        assertThat(ids(null, Map.of("q", word, "language", "zh"))).containsExactly(b);
        assertThat(ids(null, Map.of("q", word, "language", "ZH-hans"))).containsExactly(b);
        assertThat(ids(null, Map.of("q", word, "language", "en"))).containsExactly(a);
        assertThat(ids(null, Map.of("q", word, "publishedFrom", "2025-06-30"))).containsExactly(c, a);
        assertThat(ids(null, Map.of("q", word, "publishedTo", "2025-06-30"))).containsExactly(a, b);
        assertThat(ids(null, Map.of("q", word, "publishedFrom", "2024-01-01", "publishedTo", "2025-12-31")))
                .containsExactly(a);
        assertThat(ids(null, Map.of("q", word, "sort", "title,publicationDate"))).hasSize(3);
        // Full text over title and summary, websearch syntax.
        assertThat(ids(null, Map.of("q", word + " \"personal data\""))).hasSize(3);
        assertThat(ids(null, Map.of("q", word + " -personal"))).isEmpty();
    }

    @Test
    void phrasesMatchWordsSideBySideAndCountExactly() {
        String word = word();
        String act = published(titled(word, "Personal data protection act", "Duties of controllers."));
        String rules = published(titled(word, "Protection of data", "Data flows and protection rules."));
        String withdrawn = published(titled(word, "Cross-border data protection", "Rules for personal data flows."));
        transition(Tokens.secretariat(), withdrawn, "WITHDRAWN").then().statusCode(200);
        String draft = created(titled(word, "Data protection in schools", "A draft."));
        // Edited before publication: the phrase is gone from its title, and from what counts it.
        String edited = created(titled(word, "Data protection audits", "Checklists."));
        update(Tokens.secretariat(), edited, etag(Tokens.secretariat(), edited),
                titled(word, "Audits of protection data", "Checklists.")).then().statusCode(200);
        transition(Tokens.secretariat(), edited, "PUBLISHED").then().statusCode(200);

        assertThat(ids(null, Map.of("q", word + " \"data protection\""))).containsExactlyInAnyOrder(act, withdrawn);
        assertThat(ids(null, Map.of("q", word + " data protection"))).containsExactlyInAnyOrder(act, rules, withdrawn,
                edited);
        assertThat(ids(null, Map.of("q", word + " \"personal data protection\""))).containsExactly(act);
        assertThat(ids(null, Map.of("q", word + " -\"data protection\""))).containsExactlyInAnyOrder(rules, edited);
        assertThat(ids(null, Map.of("q", word + " \"protection rules\" or \"data flows\"")))
                .containsExactlyInAnyOrder(rules, withdrawn);
        assertThat(ids(null, Map.of("q", word + " \"data protection\"", "status", "WITHDRAWN"))).containsExactly(withdrawn);
        // The agency of the drafts' party and the secretariat count the draft too.
        assertThat(ids(Tokens.agency("ID"), Map.of("q", word + " \"data protection\"")))
                .containsExactlyInAnyOrder(act, withdrawn, draft);
        assertThat(ids(Tokens.secretariat(), Map.of("q", word + " \"data protection\"")))
                .containsExactlyInAnyOrder(act, withdrawn, draft);
        given().auth().oauth2(Tokens.secretariat()).header("If-Match", etag(Tokens.secretariat(), draft))
                .delete(ITEMS + "/" + draft).then().statusCode(204);
        assertThat(ids(Tokens.secretariat(), Map.of("q", word + " \"data protection\"")))
                .containsExactlyInAnyOrder(act, withdrawn);
    }

    @Test
    void pagesFollowTheCursor() {
        String word = word();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = item("LA", word);
            body.put("publicationDate", "2024-0" + (i + 1) + "-01");
            published(body);
        }
        var first = given().queryParam("q", word).queryParam("limit", 2).get(ITEMS).then().statusCode(200)
                .body("items.size()", is(2)).body("total", is(5)).header("Link", containsString("rel=\"next\""))
                .extract().jsonPath();
        var second = given().queryParam("q", word).queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get(ITEMS).then().statusCode(200).body("items.size()", is(2)).extract().jsonPath();
        assertThat(second.getList("items.publicationDate")).containsExactly("2024-03-01", "2024-02-01");
        // A cursor belongs to its query.
        given().queryParam("q", word + " other").queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get(ITEMS).then().statusCode(400).body("errors[0].field", is("cursor"));
    }

    @Test
    void relatedInitiativesAreLinkedAndFilterable() {
        String initiative = Fixtures.inStatus(Fixtures.initiative("VN", Fixtures.uniqueTag()), "ENDORSED");
        Map<String, Object> body = item("VN", word());
        body.put("relatedInitiatives", List.of(initiative));
        String id = published(body);
        given().get(ITEMS + "/" + id).then().statusCode(200).body("relatedInitiatives", contains(initiative));
        assertThat(ids(null, Map.of("relatedInitiative", initiative))).containsExactly(id);
    }

    @Test
    void everyListedItemOpensAsListedForEachKindOfCaller() {
        String word = word();
        published(item("VN", word));
        created(item("VN", word));
        created(item("MY", word));
        for (String token : new String[] { null, Tokens.partner("VN"), Tokens.agency("VN"), Tokens.agency("MY"),
                Tokens.user("agency.vn.demo", "agency", "VN"), Tokens.secretariat() }) {
            Listings.assertItemsOpenAsListed(token, ITEMS, Map.of("q", word), id -> ITEMS + "/" + id);
        }
        assertThat(ids(null, Map.of("q", word))).hasSize(1);
        assertThat(ids(Tokens.agency("VN"), Map.of("q", word))).hasSize(2);
        assertThat(ids(Tokens.user("agency.vn.demo", "agency", "VN"), Map.of("q", word))).hasSize(2);
        assertThat(ids(Tokens.agency("MY"), Map.of("q", word))).hasSize(2);
        assertThat(ids(Tokens.secretariat(), Map.of("q", word))).hasSize(3);
    }

    @Test
    void theCsvExportHasCodesLabelsAndDefusedCells() {
        String word = word();
        Map<String, Object> body = item("SG", word, "CN");
        body.put("title", "=HYPERLINK(\"http://evil\") " + word);
        String id = published(body);
        created(item("SG", word)); // a draft: not exported to the public

        String csv = given().queryParam("q", word).get(ITEMS + "/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", is("attachment; filename=\"library.csv\"")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,title,document_type,document_type_label,measure,measure_label,sub_areas,"
                + "sub_area_labels,parties,party_labels,language,publication_date,url,licence,related_initiatives,status,"
                + "status_label,published_at,updated_at");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"" + id + "\",\"'=HYPERLINK(").contains(",GUIDELINE,Guideline,I,")
                .contains("\"SG; CN\"").contains(",en,2025-06-30,").contains(",PUBLISHED,Published,");

        String zh = given().header("Accept-Language", "zh").queryParam("q", word).get(ITEMS + "/export.csv").then()
                .statusCode(200).header("Content-Language", containsString("zh")).extract().asString();
        assertThat(zh.lines().findFirst().orElseThrow()).startsWith("ID,标题,文件类型,文件类型名称");
        assertThat(zh).contains("指南").contains("已发布");
    }
}
