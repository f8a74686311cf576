package org.acde.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The stack answers through its one front door, and one request id follows a request through it. */
@SystemTest
class GatewayIT {

    @Test
    void thePartiesComeThroughTheGatewayWithLabels() {
        given().get("/api/v1/reference/parties").then().statusCode(200)
                .body("total", is(12))
                .body("items.code", containsInAnyOrder("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "CN"))
                .body("items.find { it.code == 'TL' }.name", is("Timor-Leste"));
    }

    @Test
    void locationsNameTheGatewayNotTheService() {
        given().auth().oauth2(Keycloak.token("agency-th-demo")).contentType("application/json")
                .body(java.util.Map.of("title", "Location check", "summary", "s", "measure", "I", "leadParty", "TH",
                        "participatingParties", java.util.List.of("TH")))
                .post("/api/v1/initiatives").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith(Stack.GATEWAY_URL + "/api/v1/initiatives/"));
    }

    @Test
    void theRequestIdReachesTheLogsOfEveryServiceTouched() {
        String id = "e2e-trace-" + System.nanoTime();
        given().header("X-Request-Id", id).get("/api/v1/reference/measures").then().statusCode(200)
                .header("X-Request-Id", is(id));
        Awaitility.await().untilAsserted(() -> {
            assertThat(Files.readString(Stack.logOf("gateway"))).contains(id);
            assertThat(Files.readString(Stack.logOf("initiatives-service"))).contains(id);
        });
    }
}
