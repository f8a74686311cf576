package org.acde.gateway.platform;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.testing.OidcServer;
import org.acde.testing.ServiceConventionsTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(OidcServer.class)
@QuarkusTestResource(UpstreamStubs.class)
class OperationalEndpointsTest extends ServiceConventionsTest {

    @Override
    protected String module() {
        return "gateway";
    }

    @Override
    protected boolean hasDatabase() {
        return false;
    }
}
