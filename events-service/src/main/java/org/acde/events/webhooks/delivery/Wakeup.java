package org.acde.events.webhooks.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Wakes this replica's {@link Deliverer}: when another replica's ingestion commits (LISTEN acde_events), this one's
 * commits, a subscription is re-enabled or a send completes. Signals while it is busy are not lost: the next wait
 * returns at once.
 */
@ApplicationScoped
public class Wakeup {

    private final Semaphore signals = new Semaphore(0);
    private final TransactionSynchronizationRegistry transactions;

    Wakeup(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public void signal() {
        signals.release();
    }

    /** Signals once the current transaction has committed, when what it wrote can be claimed. */
    public void signalAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal();
                }
            }
        });
    }

    /** Waits for a signal, at most {@code timeout}; true if one came. */
    boolean await(Duration timeout) throws InterruptedException {
        boolean signalled = signals.tryAcquire(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        signals.drainPermits();
        return signalled;
    }
}
