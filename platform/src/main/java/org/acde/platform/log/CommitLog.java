package org.acde.platform.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

/**
 * INFO lines about what a transaction changed (an erasure, a revocation), written once it commits, so a change that
 * is rolled back is not logged. The request id comes with every log line (MDC); a line names ids and who asked
 * ({@code Caller.id()}), never personal data.
 */
@ApplicationScoped
public class CommitLog {

    private final TransactionSynchronizationRegistry transactions;

    CommitLog(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Logs {@code String.format(format, params)} at INFO on {@code log} once the current transaction commits. */
    public void info(Logger log, String format, Object... params) {
        String line = String.format(format, params);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    log.info(line);
                }
            }
        });
    }
}
