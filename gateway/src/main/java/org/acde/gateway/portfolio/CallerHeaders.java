package org.acde.gateway.portfolio;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.acde.kernel.request.RequestId;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Sends the caller's bearer token (already validated at the edge), so each service answers the portfolio's calls
 * with the caller's own rights and the portfolio shows exactly what the resources would show the caller; anonymous
 * callers stay anonymous. The request id goes along, so the services log the calls under the caller's request.
 */
public class CallerHeaders implements ClientRequestFilter {

    @Inject
    JsonWebToken token;

    @Override
    public void filter(ClientRequestContext request) {
        String raw = token.getRawToken();
        if (raw != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
        }
        String id = RequestId.current();
        if (id != null) {
            request.getHeaders().putSingle(RequestId.HEADER, id);
        }
    }
}
