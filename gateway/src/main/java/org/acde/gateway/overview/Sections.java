package org.acde.gateway.overview;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * How a cross-service view turns its parallel calls into sections: every call is waited for, successful or not, and a
 * section whose calls did not all answer is marked unavailable with a logged reason.
 */
public final class Sections {

    private static final Logger LOG = Logger.getLogger(Sections.class);

    private final String view;

    /** @param view the view's name in log lines, e.g. "Party overview" */
    public Sections(String view) {
        this.view = view;
    }

    /** Completes when the call is done, successfully or not, so one failure does not cut the others short. */
    public static CompletableFuture<Void> settled(CompletableFuture<?> call) {
        return call.handle((value, failure) -> null);
    }

    /** Whether any call of a section failed (refused, timed out, broken answer) or answered nothing. */
    public boolean failed(String service, CompletableFuture<?>... calls) {
        for (CompletableFuture<?> call : calls) {
            Object answer = call.handle((value, failure) -> {
                if (failure != null) {
                    logFailure(service, failure);
                }
                return value;
            }).join();
            if (answer == null) {
                return true;
            }
        }
        return false;
    }

    /** Why a section is missing, as its {@code detail} says. */
    public static String unavailable(String service) {
        return "The " + service + " service is unavailable or did not answer in time; retry shortly";
    }

    /**
     * A service down, slow, breaker-open or answering badly is a line; anything else is a fault of the gateway's own,
     * logged with its stack (a one-line NullPointerException once passed for an unavailable service).
     */
    private void logFailure(String service, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProcessingException || cause instanceof WebApplicationException
                || cause instanceof FaultToleranceException) {
            LOG.warnf("%s without %s: %s", view, service, cause);
        } else {
            LOG.errorf(cause, "%s without %s", view, service);
        }
    }
}
