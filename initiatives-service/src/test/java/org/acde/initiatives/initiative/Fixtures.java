package org.acde.initiatives.initiative;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Request bodies and shortcuts the initiative tests share; every test marks its data with its own tag. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueTag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid initiative led by {@code lead}, with {@code others} participating too. */
    public static Map<String, Object> initiative(String lead, String tag, String... others) {
        List<String> parties = new ArrayList<>(List.of(others));
        parties.add(0, lead);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "5G smart port pilot " + tag);
        body.put("summary", "Joint pilot of 5G applications in container ports.");
        body.put("objectives", "Digitise trade scenarios at two partner ports.");
        body.put("measure", "III");
        body.put("subAreas", List.of("FIVE_G", "DIGITAL_TRADE_PILOTS"));
        body.put("tags", List.of(tag, "ports"));
        body.put("leadParty", lead);
        body.put("participatingParties", parties);
        body.put("organisations", List.of(Map.of("name", "Port Authority", "role", "IMPLEMENTING", "type", "GOVERNMENT",
                "party", lead)));
        body.put("mechanisms", List.of("ASEAN-China Digital Ministers' Meeting"));
        body.put("plannedStart", "2026-01-01");
        body.put("plannedEnd", "2027-12-31");
        body.put("budget", Map.of("original", Map.of("amount", "150000.00", "currency", "USD")));
        body.put("documents", List.of(Map.of("title", "Concept note", "url", "https://example.org/concept.pdf",
                "category", "CONCEPT_NOTE")));
        return body;
    }

    public static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/initiatives");
    }

    /** Creates an initiative as the lead's agency and returns its id. */
    public static String created(Map<String, Object> body) {
        return create(Tokens.agency((String) body.get("leadParty")), body).then().statusCode(201).extract().path("id");
    }

    public static String etag(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/initiatives/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static Response transition(String token, String id, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("to", to, "reason", "moved by test")).post("/api/v1/initiatives/" + id + "/transitions");
    }

    /** Creates an initiative and walks it to {@code status} as the secretariat. */
    public static String inStatus(Map<String, Object> body, String... path) {
        String id = created(body);
        for (String status : path) {
            transition(Tokens.secretariat(), id, status).then().statusCode(200);
        }
        return id;
    }
}
