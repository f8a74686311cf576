package org.acde.initiatives.library;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Request bodies and shortcuts the library tests share; every test marks its items with a word of its own. */
final class LibraryFixtures {

    static final String ITEMS = "/api/v1/library/items";

    private LibraryFixtures() {
    }

    /** A valid item of {@code party} (and {@code others}), whose title carries {@code word} for searches. */
    static Map<String, Object> item(String party, String word, String... others) {
        List<String> parties = new ArrayList<>(List.of(others));
        parties.add(0, party);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Data protection guideline " + word);
        body.put("summary", "How agencies assess cross-border transfers of personal data.");
        body.put("documentType", "GUIDELINE");
        body.put("measure", "I");
        body.put("subAreas", List.of("TRUSTED_DIGITAL_ECOSYSTEM"));
        body.put("parties", parties);
        body.put("language", "en");
        body.put("publicationDate", "2025-06-30");
        body.put("url", "https://example.org/library/" + word + ".pdf");
        body.put("licence", "CC-BY-4.0");
        return body;
    }

    static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(ITEMS);
    }

    /** Creates the item as the secretariat and returns its id. */
    static String created(Map<String, Object> body) {
        return create(Tokens.secretariat(), body).then().statusCode(201).extract().path("id");
    }

    static Response transition(String token, String id, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("to", to, "reason", "moved by test")).post(ITEMS + "/" + id + "/transitions");
    }

    /** Creates the item and publishes it as the secretariat. */
    static String published(Map<String, Object> body) {
        String id = created(body);
        transition(Tokens.secretariat(), id, "PUBLISHED").then().statusCode(200);
        return id;
    }

    static String etag(String token, String id) {
        return given().auth().oauth2(token).get(ITEMS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response update(String token, String id, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .put(ITEMS + "/" + id);
    }

    /** How many items there are, drafts included (as the secretariat sees them). */
    static long count() {
        return given().auth().oauth2(Tokens.secretariat()).queryParam("limit", 1).get(ITEMS).then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    static Map<String, Object> copy(Map<String, Object> body) {
        return new HashMap<>(body);
    }
}
