package org.acde.capacity;

import static org.acde.testing.ExampleStep.send;

import java.util.List;

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
        return "capacity-service";
    }

    /**
     * The examples as a provider's story: a VN partner publishes a program and opens a cohort; a participant enrols and
     * withdraws, and the VN agency enrols two officials in one batch. A second cohort from the same example takes the same participant, is brought forward so that it has
     * ended (the reschedule example), and her results issue a certificate, which is then revoked; anyone verifies a
     * credential. Enrolment needs a published program and an open window, results a cohort that has reached its last
     * day, so the order matters.
     */
    @Override
    protected List<ExampleStep> exampleSteps() {
        String provider = Tokens.partner("VN");
        return List.of(
                send("createProgram").as(provider),
                send("updateProgram").as(provider),
                send("transitionProgram").as(provider),
                send("createCohort").as(provider),
                send("createEnrolment").as(provider),
                send("createEnrolmentBatch").as(Tokens.agency("VN")),
                send("transitionEnrolment").as(provider),
                send("createCohort").as(provider),
                send("createEnrolment").as(provider),
                send("updateCohort").as(provider),
                send("recordEnrolmentResult").as(provider),
                send("revokeCertificate").as(provider).on("/api/v1/certificates/{certificateId}"),
                send("verifyCertificate"));
    }
}
