package org.acde.initiatives.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one way other services look an initiative up. A 404 is an answer ("no such initiative, as far as this caller
 * can see"), not a failure: it neither retries nor trips the breaker. When initiatives-service cannot answer in
 * time, the caller gets a 503 problem with Retry-After before anything is written.
 */
@ApplicationScoped
public class InitiativesClient {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(InitiativesClient.class);

    private final InitiativesRestClient initiatives;

    InitiativesClient(@RestClient InitiativesRestClient initiatives) {
        this.initiatives = initiatives;
    }

    /** The initiative as the current caller sees it, or empty when it does not exist or is hidden from the caller. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<InitiativeView> find(UUID id) {
        try {
            return Optional.of(initiatives.get(id).getEntity());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The initiative a program, opportunity or other item is to be linked to, as the current caller sees it; null
     * when {@code id} is null (no link). One the caller cannot see is a 422 naming {@code initiativeId}, so nothing
     * is written. Calls {@link #find} through its interceptors (ArC intercepts self-invocation).
     */
    public InitiativeView linkable(UUID id) {
        if (id == null) {
            return null;
        }
        return find(id).orElseThrow(() -> ProblemException.invalidField("initiativeId",
                "no initiative " + id + " that you can see"));
    }

    Optional<InitiativeView> unavailable(UUID id, Throwable failure) {
        LOG.warnf("initiatives-service could not answer for initiative %s: %s", id, failure.toString());
        throw ProblemException.unavailable("initiatives-service cannot check initiative " + id
                + " right now; nothing was written, retry later", RETRY_AFTER_SECONDS);
    }
}
