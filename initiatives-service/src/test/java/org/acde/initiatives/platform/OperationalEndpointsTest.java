package org.acde.initiatives.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.acde.testing.OidcServer;
import org.acde.testing.ServiceConventionsTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class OperationalEndpointsTest extends ServiceConventionsTest {

    @Override
    protected String module() {
        return "initiatives-service";
    }

    @Test
    void countsApiRequestsInMetrics() {
        given().get("/api/v1/reference/measures").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }
}
