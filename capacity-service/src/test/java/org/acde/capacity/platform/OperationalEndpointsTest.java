package org.acde.capacity.platform;

import java.util.List;

import org.acde.testing.OidcServer;
import org.acde.testing.ServiceConventionsTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class OperationalEndpointsTest extends ServiceConventionsTest {

    @Override
    protected String module() {
        return "capacity-service";
    }

    /** Known gap: request examples are still to be written for these (initiatives-service has all of its own). */
    @Override
    protected List<String> operationsWithoutExamples() {
        return List.of("verifyCertificate", "revokeCertificate", "createEnrolment", "updateCohort", "recordEnrolmentResult", "transitionEnrolment", "createProgram", "updateProgram", "transitionProgram", "createCohort");
    }
}
