package org.acde.initiatives.seed;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.acde.contracts.security.Role;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;

/**
 * Runs the service; {@code seed <count> [random-seed]} instead generates that many initiatives through the service
 * layer, as the secretariat, and exits: {@code java -jar quarkus-run.jar seed 100000}.
 */
@QuarkusMain
public class InitiativesMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(InitiativesMain.class);
    private static final int BATCH = 500;

    @Inject
    InitiativeSeeder seeder;

    @Inject
    CurrentIdentityAssociation identity;

    @Override
    public int run(String... args) {
        if (args.length >= 2 && args[0].equals("seed")) {
            seed(Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42L);
            return 0;
        }
        Quarkus.waitForExit();
        return 0;
    }

    @ActivateRequestContext
    void seed(int count, long randomSeed) {
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("seed"))
                .addRole(Role.SECRETARIAT).build());
        long started = System.nanoTime();
        for (int first = 0; first < count; first += BATCH) {
            seeder.seedBatch(randomSeed, first, Math.min(BATCH, count - first));
            LOG.infof("Seeded %d of %d initiatives", Math.min(first + BATCH, count), count);
        }
        LOG.infof("Seeded %d initiatives in %.1f s", count, (System.nanoTime() - started) / 1e9);
    }
}
