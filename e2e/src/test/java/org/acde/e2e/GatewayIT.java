package org.acde.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.acde.testing.OpenApiOperations;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

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

    /**
     * The one access policy, end to end: every operation of every service contract, sent without a token through the
     * gateway and straight to its service. Where the contract requires a token both answer 401; everywhere else the
     * gateway passes the request on, so its answer is the service's own.
     */
    @Test
    void anonymousCallersGetTheSameAnswerThroughTheGatewayAsTheContractAndTheServiceGive() {
        Path root = Path.of(System.getProperty("acde.root", ".."));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String service : List.of("initiatives-service", "matchmaking-service", "capacity-service", "events-service")) {
            for (OpenApiOperations.Operation operation : OpenApiOperations.ofSnapshot(root, service)) {
                int throughGateway = anonymous(operation).request(operation.method(), operation.samplePath()).statusCode();
                int direct = anonymous(operation).baseUri(Stack.serviceUrl(service))
                        .port(URI.create(Stack.serviceUrl(service)).getPort())
                        .request(operation.method(), operation.samplePath()).statusCode();
                int expected = operation.admitsAnonymous() ? direct : 401;
                if (throughGateway != expected || (!operation.admitsAnonymous() && direct != 401)) {
                    wrong.add(operation + ": gateway " + throughGateway + ", service " + direct);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(wrong).as("operations whose anonymous answer differs from their contract").isEmpty();
    }

    private static RequestSpecification anonymous(OpenApiOperations.Operation operation) {
        RequestSpecification request = given();
        return operation.hasBody() ? request.contentType("application/json").body("{}") : request;
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
