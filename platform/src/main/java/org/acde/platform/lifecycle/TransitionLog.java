package org.acde.platform.lifecycle;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.kernel.security.Caller;
import org.acde.platform.log.CommitLog;
import org.jboss.logging.Logger;

/**
 * The INFO line of every status move: kind, id, from → to, the action that made it and who asked ({@link Caller#id()}:
 * a client id or {@code user:<sub>}, never a name or an email), written by {@link CommitLog} once the transaction
 * commits, so a move that is rolled back is not logged.
 */
@ApplicationScoped
public class TransitionLog {

    private static final Logger LOG = Logger.getLogger(TransitionLog.class);

    private final Caller caller;
    private final CommitLog log;

    TransitionLog(Caller caller, CommitLog log) {
        this.caller = caller;
        this.log = log;
    }

    /** Logs {@code kind id: from -> to} once the current transaction commits; {@code action} names what moved it. */
    public void moved(String kind, UUID id, Enum<?> from, Enum<?> to, String action) {
        log.info(LOG, "Transition: %s %s %s -> %s (%s) by %s", kind, id, from, to, action, caller.id());
    }
}
