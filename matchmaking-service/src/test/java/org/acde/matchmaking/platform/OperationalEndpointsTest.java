package org.acde.matchmaking.platform;

import org.acde.testing.ServiceConventionsTest;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationalEndpointsTest extends ServiceConventionsTest {

    @Override
    protected String module() {
        return "matchmaking-service";
    }
}
