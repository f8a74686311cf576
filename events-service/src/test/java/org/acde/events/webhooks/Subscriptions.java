package org.acde.events.webhooks;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Subscribing through the API, as a client would. */
public final class Subscriptions {

    private Subscriptions() {
    }

    public static JsonPath create(String token, String url, List<String> types, List<String> parties) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", url, "types", types, "parties", parties))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath create(String token, String url, String... types) {
        return create(token, url, List.of(types), List.of());
    }

    public static List<Map<String, Object>> deliveries(String token, String webhookId, String status) {
        var request = given().auth().oauth2(token).queryParam("limit", 100);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/v1/webhooks/" + webhookId + "/deliveries").then().statusCode(200).extract().path("items");
    }

    public static Map<String, Object> delivery(String token, String webhookId, String eventId) {
        return deliveries(token, webhookId, null).stream().filter(d -> d.get("eventId").equals(eventId)).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery of " + eventId + " to " + webhookId));
    }
}
