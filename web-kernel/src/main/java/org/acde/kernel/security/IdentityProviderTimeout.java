package org.acde.kernel.security;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;

/**
 * A deadline on every call to Keycloak (discovery, keys). quarkus-oidc bounds only the connect, so a Keycloak that
 * accepts connections but does not answer held each request carrying a token indefinitely; with this the request
 * fails after the timeout and the caller gets a 503 to retry.
 */
@ApplicationScoped
@Unremovable // quarkus-oidc looks filters up at run time; nothing injects this one
public class IdentityProviderTimeout implements OidcRequestFilter {

    private final long timeoutMillis;

    IdentityProviderTimeout(@ConfigProperty(name = "acde.identity-provider.timeout") Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void filter(OidcRequestContext context) {
        context.request().timeout(timeoutMillis);
    }
}
