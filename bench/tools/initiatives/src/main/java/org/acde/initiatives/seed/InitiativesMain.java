package org.acde.initiatives.seed;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.acde.contracts.security.Role;
import org.jboss.logging.Logger;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;

/**
 * The command of initiatives-tools, run on initiatives-service's code and database: {@code seed <count> [random-seed]
 * [first-number]} generates that many initiatives through the service layer, as the secretariat, and exits:
 * {@code java -jar bench/tools/initiatives/target/quarkus-app/quarkus-run.jar seed 100000}. A run that stopped
 * half-way resumes with {@code first-number} = the initiatives already there. The identity it grants itself exists
 * only in this process, never in the service's.
 */
@QuarkusMain
public class InitiativesMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(InitiativesMain.class);
    private static final int BATCH = 200;

    @Inject
    InitiativeSeeder seeder;

    @Inject
    CurrentIdentityAssociation identity;

    @Override
    public int run(String... args) {
        if (args.length >= 2 && args[0].equals("seed")) {
            seed(Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42L,
                    args.length > 3 ? Integer.parseInt(args[3]) : 0);
            return 0;
        }
        System.err.println("usage: seed <count> [random-seed] [first-number]");
        return 2;
    }

    @ActivateRequestContext
    void seed(int count, long randomSeed, int firstNumber) {
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("seed"))
                .addRole(Role.SECRETARIAT).build());
        long started = System.nanoTime();
        for (int done = 0; done < count; done += BATCH) {
            seeder.seedBatch(randomSeed, firstNumber + done, Math.min(BATCH, count - done));
            LOG.infof("Seeded %d of %d initiatives", Math.min(done + BATCH, count), count);
        }
        LOG.infof("Seeded %d initiatives in %.1f s", count, (System.nanoTime() - started) / 1e9);
    }
}
