package org.acde.kernel;

import org.acde.testing.PackageCycles;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        PackageCycles.assertNoneIn("org.acde.kernel");
    }
}
