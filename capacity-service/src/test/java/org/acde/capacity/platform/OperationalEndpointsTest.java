package org.acde.capacity.platform;

import org.acde.testing.ServiceConventionsTest;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationalEndpointsTest extends ServiceConventionsTest {

    @Override
    protected String module() {
        return "capacity-service";
    }
}
