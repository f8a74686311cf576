package org.acde.matchmaking;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.acde.testing.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Request bodies and shortcuts the matchmaking tests share; every test creates the data it needs. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid enterprise of {@code party}. */
    public static Map<String, Object> enterprise(String party) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Mekong Agritech " + unique());
        body.put("party", party);
        body.put("registrationId", party + "-REG-" + unique());
        body.put("sizeBand", "SMALL");
        body.put("sizeBasis", Map.of("employees", 42, "annualTurnover", Map.of("amount", "1200000.00", "currency", "USD"),
                "definition", party + " national SME definition"));
        body.put("sectors", List.of("A", "K"));
        body.put("languages", List.of("en", "vi"));
        body.put("website", "https://example.org/" + unique());
        body.put("description", "Sensors and analytics for smallholder farms.");
        body.put("contact", Map.of("person", "Lan " + unique(), "email", "lan-" + unique() + "@example.org", "phone", "+84 24 1234 5678"));
        return body;
    }

    public static Response createEnterprise(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/enterprises");
    }

    /** An enterprise of {@code party} registered by {@code token}; returns its id. */
    public static String enterpriseOf(String token, String party) {
        return createEnterprise(token, enterprise(party)).then().statusCode(201).extract().path("id");
    }

    /**
     * A valid organisation of {@code kind} and {@code party}: an enterprise's body with the kind, and in place of the
     * size band and basis the fields of the kind (a government agency's level, an industry association's member count).
     */
    public static Map<String, Object> organisation(String kind, String party) {
        Map<String, Object> body = enterprise(party);
        body.put("kind", kind);
        if (!kind.equals("ENTERPRISE")) {
            body.remove("sizeBand");
            body.remove("sizeBasis");
        }
        if (kind.equals("GOVERNMENT_AGENCY")) {
            body.put("governmentLevel", "NATIONAL");
        }
        if (kind.equals("INDUSTRY_ASSOCIATION")) {
            body.put("memberCount", 350);
        }
        return body;
    }

    public static Response createOrganisation(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/organisations");
    }

    /** An organisation of {@code kind} and {@code party} registered by {@code token}; returns its id. */
    public static String organisationOf(String token, String kind, String party) {
        return createOrganisation(token, organisation(kind, party)).then().statusCode(201).extract().path("id");
    }

    /** A valid opportunity of {@code enterpriseId}. */
    public static Map<String, Object> opportunity(String enterpriseId, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("type", type);
        body.put("title", "IoT soil sensors " + unique());
        body.put("summary", "Low-cost soil moisture sensors with a mobile advisory app.");
        body.put("technologies", List.of("INTERNET_OF_THINGS", "SMART_AGRICULTURE"));
        body.put("keywords", List.of("rice", "soil moisture"));
        body.put("sectors", List.of("A"));
        body.put("targetParties", List.of());
        body.put("partnershipTypes", List.of("LICENSING", "TECHNICAL_COOPERATION"));
        body.put("stage", "MARKET_READY");
        body.put("measure", "IV");
        body.put("expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(90).toString());
        return body;
    }

    public static Response createOpportunity(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/opportunities");
    }

    public static Response transition(String token, String opportunityId, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", to, "reason", "by test"))
                .post("/api/v1/opportunities/" + opportunityId + "/transitions");
    }

    /** Creates and publishes an opportunity with {@code token}, which must own the enterprise; returns its id. */
    public static String published(String token, Map<String, Object> body) {
        String id = createOpportunity(token, body).then().statusCode(201).extract().path("id");
        transition(token, id, "PUBLISHED").then().statusCode(200);
        return id;
    }

    /** A new enterprise of {@code party}, registered by that party's partner, with one published opportunity. */
    public static String publishedOpportunity(String party, String type) {
        String token = Tokens.partner(party);
        return published(token, opportunity(enterpriseOf(token, party), type));
    }

    /** A valid need of {@code party}, open from today for a year. */
    public static Map<String, Object> need(String party) {
        Map<String, Object> body = new HashMap<>();
        body.put("party", party);
        body.put("kind", "TECHNOLOGY");
        body.put("measure", "IV");
        body.put("subAreas", List.of("AGRICULTURE"));
        body.put("title", "Soil sensing for smallholder rice farms " + unique());
        body.put("description", "Affordable soil moisture sensing and advice for 2,000 smallholder rice farmers.");
        body.put("audiences", List.of("MSME_OWNERS"));
        body.put("audienceSize", 2000);
        body.put("technologies", List.of("INTERNET_OF_THINGS", "SMART_AGRICULTURE"));
        body.put("sectors", List.of("A"));
        body.put("languages", List.of("en"));
        body.put("startsOn", LocalDate.now(ZoneOffset.UTC).toString());
        body.put("endsOn", LocalDate.now(ZoneOffset.UTC).plusDays(365).toString());
        return body;
    }

    public static Response createNeed(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/needs");
    }

    /** A need of {@code party} posted by that party's agency; returns its id. */
    public static String needOf(String party) {
        return createNeed(Tokens.agency(party), need(party)).then().statusCode(201).extract().path("id");
    }

    public static Response moveNeed(String token, String needId, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", to, "reason", "by test"))
                .post("/api/v1/needs/" + needId + "/transitions");
    }

    public static Map<String, Object> interest(String opportunityId, String enterpriseId) {
        Map<String, Object> body = new HashMap<>();
        body.put("opportunityId", opportunityId);
        body.put("enterpriseId", enterpriseId);
        body.put("message", "We would like to license your sensors for Thai rice farms.");
        body.put("partnershipType", "LICENSING");
        return body;
    }

    public static Response expressInterest(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/interests");
    }

    public static Response decide(String token, String interestId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/interests/" + interestId + "/transitions");
    }

    public static Response decide(String token, String interestId, String to) {
        return decide(token, interestId, Map.of("to", to, "reason", "by test"));
    }

    /** Rows in {@code table} matching {@code where}: how tests prove that a refused request wrote nothing. */
    public static long rows(DataSource database, String table, String where) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table + " WHERE " + where)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
