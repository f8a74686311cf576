package org.acde.events.ingest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.security.Role;
import org.acde.platform.events.PublishedEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where the services' outbox relays hand their events in: a JSON array of {@link PublishedEvent}, in the order the
 * service recorded them; 204 once all are stored (or were already). Internal: not in the contract, never routed by the
 * gateway (which serves {@code /api/v1} only), reachable in Kubernetes from the three services alone
 * (deploy/kubernetes/base/network-policies.yaml), and only with a token of the {@code event-publisher} role.
 */
@Path("/internal/v1/events")
public class IngestionResource {

    private final Ingestion ingestion;

    IngestionResource(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EVENT_PUBLISHER)
    @Operation(hidden = true)
    public void publish(List<PublishedEvent> batch) {
        PublishedEventRules.check(batch);
        ingestion.store(batch);
    }
}
