package org.acde.platform.lifecycle;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.acde.kernel.security.Caller;
import org.jboss.logging.Logger;

/**
 * The INFO line of every status move: kind, id, from → to, the action that made it and who asked ({@link Caller#id()}:
 * a client id or {@code user:<sub>}, never a name or an email). The request id comes with every log line (MDC). The
 * line is written once the transaction commits, so a move that is rolled back is not logged.
 */
@ApplicationScoped
public class TransitionLog {

    private static final Logger LOG = Logger.getLogger(TransitionLog.class);

    private final Caller caller;
    private final TransactionSynchronizationRegistry transactions;

    TransitionLog(Caller caller, TransactionSynchronizationRegistry transactions) {
        this.caller = caller;
        this.transactions = transactions;
    }

    /** Logs {@code kind id: from -> to} once the current transaction commits; {@code action} names what moved it. */
    public void moved(String kind, UUID id, Enum<?> from, Enum<?> to, String action) {
        String line = String.format("Transition: %s %s %s -> %s (%s) by %s", kind, id, from, to, action, caller.id());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    LOG.info(line);
                }
            }
        });
    }
}
