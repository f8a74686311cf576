package org.acde.kernel.paging;

import java.net.URI;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;

import org.acde.contracts.paging.Paged;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds the RFC 8288 {@code Link: rel="next"} header to every response that carries a {@link Paged} answer with more. */
public class PageLinks {

    @ServerResponseFilter
    public void addNextLink(ContainerResponseContext response, UriInfo uri) {
        if (response.getEntity() instanceof Paged page && page.nextCursor() != null) {
            // A path-absolute reference stays right behind the gateway, whatever host the client used.
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            response.getHeaders().add("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
    }
}
