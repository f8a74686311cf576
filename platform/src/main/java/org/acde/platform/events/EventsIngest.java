package org.acde.platform.events;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * events-service's ingestion endpoint ({@code acde.events.ingest-url}), called with the service's own token: client
 * credentials of the client named after the service, which holds the realm role {@code event-publisher}.
 */
@RegisterRestClient(configKey = "acde-events")
@OidcClientFilter
public interface EventsIngest {

    /** Hands a batch on, in the order written; any answer but a 2xx means events-service did not take it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response ingest(List<PublishedEvent> events);
}
