package org.acde.matchmaking;

import static org.acde.testing.ExampleStep.send;

import java.util.List;

import org.acde.contracts.openapi.ExampleIds;
import org.acde.testing.ExampleStep;
import org.acde.testing.OidcServer;
import org.acde.testing.ServiceConventionsTest;
import org.acde.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class OperationalEndpointsTest extends ServiceConventionsTest {

    @Override
    protected String module() {
        return "matchmaking-service";
    }

    /**
     * The examples as a story: a MY partner registers a university (its agency verifies it); a VN partner registers
     * its enterprise and publishes an opportunity (its agency verifies the enterprise); another VN client registers an
     * enterprise of its own and expresses interest, which the first accepts; the Lao agency posts a need, changes it and moves it on. Interest needs a published opportunity of someone else's, so the order and the callers matter.
     */
    @Override
    protected List<ExampleStep> exampleSteps() {
        String owner = Tokens.partner("VN");
        String other = Tokens.client("partner-vn-examples", "partner", "VN");
        String university = Tokens.partner("MY");
        return List.of(
                send("createOrganisation").as(university),
                send("updateOrganisation").as(university),
                send("verifyOrganisation").as(Tokens.agency("MY")),
                send("createEnterprise").as(owner).creates(ExampleIds.ENTERPRISE),
                send("updateEnterprise").as(owner),
                send("verifyEnterprise").as(Tokens.agency("VN")),
                send("createOpportunity").as(owner).creates(ExampleIds.OPPORTUNITY),
                send("updateOpportunity").as(owner),
                send("transitionOpportunity").as(owner),
                send("createEnterprise").as(other).creates(ExampleIds.INTERESTED_ENTERPRISE),
                send("createInterest").as(other),
                send("transitionInterest").as(owner),
                send("createNeed").as(Tokens.agency("LA")),
                send("updateNeed").as(Tokens.agency("LA")),
                send("transitionNeed").as(Tokens.agency("LA")));
    }
}
