package org.acde.gateway.access;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.testing.OpenApiOperations;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of every service contract through the gateway: an anonymous caller reaches the service
 * exactly where the operation's {@code security} admits one, and is refused at the edge with a 401 everywhere else;
 * a caller with a token always reaches the service, which applies its own rules.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class ContractAccessTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> UPSTREAMS = List.of("initiatives", "matchmaking", "capacity", "events");

    @BeforeEach
    void reset() {
        UpstreamStubs.resetAll();
        UPSTREAMS.forEach(name -> upstream(name).stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}"))));
    }

    @Test
    void anonymousCallersPassExactlyWhereTheContractAdmitsThem() {
        int open = 0;
        for (String upstream : UPSTREAMS) {
            for (OpenApiOperations.Operation operation : OpenApiOperations.ofSnapshot(ROOT, upstream + "-service")) {
                upstream(upstream).resetRequests();
                Response response = send(given(), operation);
                if (operation.admitsAnonymous()) {
                    open++;
                    assertThat(response.statusCode()).as("anonymous %s", operation).isEqualTo(200);
                } else {
                    assertThat(response.statusCode()).as("anonymous %s", operation).isEqualTo(401);
                    assertThat(response.contentType()).as("anonymous %s", operation).startsWith("application/problem+json");
                    upstream(upstream).verify(0, anyRequestedFor(anyUrl()));
                }
            }
        }
        assertThat(open).as("operations open to anonymous callers").isGreaterThan(20);
    }

    @Test
    void callersWithATokenReachTheServiceOnEveryOperation() {
        String token = Tokens.agency("VN");
        for (String upstream : UPSTREAMS) {
            for (OpenApiOperations.Operation operation : OpenApiOperations.ofSnapshot(ROOT, upstream + "-service")) {
                assertThat(send(given().auth().oauth2(token), operation).statusCode()).as("%s with a token", operation)
                        .isEqualTo(200);
            }
        }
    }

    private static Response send(RequestSpecification request, OpenApiOperations.Operation operation) {
        if (operation.hasBody()) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(operation.method(), operation.samplePath());
    }
}
