package org.acde.kernel.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.acde.kernel.request.AllowedMethods;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers {@code OPTIONS} on an API path with the methods that path takes. Quarkus REST's own answer lists every
 * method on every path. CORS preflights never get here: where CORS is on, its handler answers them first.
 */
public class OptionsAnswer {

    private final AllowedMethods allowedMethods;

    OptionsAnswer(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    /** {@code null} lets every other request through to its resource. */
    @ServerRequestFilter(preMatching = true)
    public Response answer(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        return allowedMethods.of(request.getUriInfo().getPath())
                .map(allow -> Response.ok().header(HttpHeaders.ALLOW, allow).build()).orElse(null);
    }
}
