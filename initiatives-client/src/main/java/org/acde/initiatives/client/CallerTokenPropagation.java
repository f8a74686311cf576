package org.acde.initiatives.client;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Forwards the caller's bearer token, so initiatives-service answers with the caller's own rights. (Quarkus's
 * rest-client token-propagation extension would do this, but its artifacts do not resolve from Maven Central here.)
 */
public class CallerTokenPropagation implements ClientRequestFilter {

    @Inject
    JsonWebToken token;

    @Override
    public void filter(ClientRequestContext request) {
        String raw = token.getRawToken();
        if (raw != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
        }
    }
}
