package org.acde.events;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.contracts.security.Role;
import org.acde.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Events as the outbox relays hand them in, and the feed as its readers page through it. */
public final class Events {

    /** A relay's token: client credentials of a client with the event-publisher role. */
    public static final String PUBLISHER = Tokens.token("matchmaking-relay", Role.EVENT_PUBLISHER, null);

    private Events() {
    }

    /** One event as the wire record carries it, its CloudEvent agreeing with its envelope. */
    public static Map<String, Object> event(String type, String subject, List<String> parties, List<String> audience) {
        String id = UUID.randomUUID().toString();
        String time = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        Map<String, Object> cloudEvent = new LinkedHashMap<>();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", id);
        cloudEvent.put("source", "urn:acde:matchmaking-service");
        cloudEvent.put("type", type);
        cloudEvent.put("subject", subject);
        cloudEvent.put("time", time);
        cloudEvent.put("datacontenttype", "application/json");
        cloudEvent.put("data", Map.of("id", subject.substring(subject.lastIndexOf('/') + 1), "status", "ACCEPTED"));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("aggregateType", "interest");
        event.put("aggregateId", subject.substring(subject.lastIndexOf('/') + 1));
        event.put("type", type);
        event.put("subject", subject);
        event.put("occurredAt", time);
        event.put("parties", parties);
        event.put("audience", audience);
        event.put("event", cloudEvent);
        return event;
    }

    /** A public interest event about a resource of its own. */
    public static Map<String, Object> publicEvent() {
        return event("org.acde.matchmaking.interest.accepted", "/api/v1/interests/" + UUID.randomUUID(), List.of("VN"),
                List.of("anyone"));
    }

    public static String id(Map<String, Object> event) {
        return (String) event.get("id");
    }

    public static Response publish(String token, Object body) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        return (token == null ? request : request.auth().oauth2(token)).post("/internal/v1/events");
    }

    /** Publishes as a relay; 204 expected. */
    @SafeVarargs
    public static void published(Map<String, Object>... events) {
        publish(PUBLISHER, List.of(events)).then().statusCode(204);
    }

    /** The feed's current end, as a cursor. */
    public static String head() {
        return given().get("/api/v1/events/head").then().statusCode(200).extract().path("cursor");
    }

    public static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    /** One page after {@code cursor} with these filters; 200 expected. */
    public static Page page(String token, String cursor, Map<String, ?> query) {
        RequestSpecification request = as(token).queryParams(query);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        var body = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
        return new Page(body.getList("items.id", String.class), body.getString("nextCursor"));
    }

    /** Every event after {@code cursor} the caller sees with these filters, following the cursors to an empty page. */
    public static Page drain(String token, String cursor, Map<String, ?> query) {
        List<String> ids = new ArrayList<>();
        Page page;
        do {
            page = page(token, cursor, query);
            ids.addAll(page.ids());
            cursor = page.nextCursor();
        } while (!page.ids().isEmpty());
        return new Page(ids, cursor);
    }

    /** Event ids in feed order, and where to continue. */
    public record Page(List<String> ids, String nextCursor) {
    }
}
