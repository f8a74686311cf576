package org.acde.events;

import org.acde.testing.OidcServer;
import org.acde.testing.ServiceConventionsTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class OperationalEndpointsTest extends ServiceConventionsTest {

    @Override
    protected String module() {
        return "events-service";
    }
}
