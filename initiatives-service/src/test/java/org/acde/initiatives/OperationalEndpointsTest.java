package org.acde.initiatives;

import static io.restassured.RestAssured.given;
import static org.acde.testing.ExampleStep.send;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.acde.contracts.openapi.ExampleIds;
import org.acde.testing.ExampleStep;
import org.acde.testing.OidcServer;
import org.acde.testing.ServiceConventionsTest;
import org.acde.testing.Tokens;
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

    /** Progress is reported by an agency of a participating party (the example's VN), never by the secretariat. */
    @Override
    protected String exampleToken(String operationId, List<String> roles) {
        return "submitProgressReport".equals(operationId) ? Tokens.agency("VN") : super.exampleToken(operationId, roles);
    }

    /**
     * The examples as a story: an initiative is proposed and planned; VN hosts a ministerial meeting that endorses
     * it, and the endorsement names the meeting. The outcome names the initiative and the endorsement the dialogue,
     * so the order matters.
     */
    @Override
    protected List<ExampleStep> exampleSteps() {
        return List.of(
                send("createInitiative").creates(ExampleIds.INITIATIVE),
                send("updateInitiative"),
                send("createMilestone"),
                send("updateMilestone"),
                send("createIndicator"),
                send("updateIndicator"),
                send("submitProgressReport"),
                send("createDialogue").as(Tokens.agency("VN")).creates(ExampleIds.DIALOGUE),
                send("updateDialogue").as(Tokens.agency("VN")),
                send("createDialogueOutcome").as(Tokens.agency("VN")),
                send("createLibraryItem"),
                send("updateLibraryItem"),
                send("transitionLibraryItem"),
                send("transitionInitiative"));
    }

    @Test
    void countsApiRequestsInMetrics() {
        given().get("/api/v1/reference/measures").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }
}
