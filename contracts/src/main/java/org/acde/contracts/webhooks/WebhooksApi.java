package org.acde.contracts.webhooks;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Webhook subscriptions: an API client has the events it may read on the change feed POSTed to its own HTTPS
 * endpoint, signed as Standard Webhooks specifies. Served by events-service.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed, at-least-once delivery of the change feed's events to an API client's own endpoint")
public interface WebhooksApi {

    @GET
    @Operation(operationId = "listWebhooks", summary = "List your webhook subscriptions", description = "Only those the caller created. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    Page<WebhookView> list(@Valid @BeanParam WebhookQuery query, @Valid @BeanParam PageParams page);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe an endpoint to events", description = "An API client's own token (client credentials), not a person's: the subscription outlives any session. It receives the events of the listed types (and parties) that the client could read on the change feed at creation, re-evaluated at each update. The signing secret is in this answer only. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new subscription, `secret` is shown only here", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    RestResponse<WebhookView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull WebhookInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook subscription", description = "Its creator only; never the secret. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    RestResponse<WebhookView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Replace a subscription's URL, types and parties", description = "Its creator only. Takes the caller's current read rights for what it receives, and re-enables a FAILING subscription: what queued up meanwhile is delivered, in order. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The subscription as changed; `ETag` is its new version", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    RestResponse<WebhookView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull WebhookInput body);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe", description = "Its creator only; pending deliveries are dropped. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Deleted")
    void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret", description = "The new secret is in this answer only. Until `previousSecretExpiresAt` every delivery carries a signature with each secret, so the receiver can switch without losing a delivery; a second rotation within that time ends the oldest secret at once. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(schema = @Schema(implementation = WebhookSecret.class)))
    WebhookSecret rotateSecret(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a subscription's deliveries", description = "In feed order (`position`); `status=FAILED` lists what retries gave up on. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    Page<WebhookDeliveryView> deliveries(@PathParam("id") UUID id, @Valid @BeanParam WebhookDeliveryQuery query,
            @Valid @BeanParam PageParams page);

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send one delivery again", description = "Queues a FAILED or DELIVERED delivery again with a fresh retry period, behind any earlier pending delivery of the same subject; re-enables a FAILING subscription. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The delivery, PENDING again", content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    @APIResponse(responseCode = "409", description = "The delivery is still pending", content = @Content(mediaType = "application/problem+json"))
    WebhookDeliveryView redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId);

    @POST
    @Path("/{id}/redeliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeliverWebhookRange", summary = "Send a range of deliveries again", description = "Queues every FAILED or DELIVERED delivery queued in the range again, to be sent in feed order per subject with a fresh retry period; re-enables a FAILING subscription. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "How many were queued again", content = @Content(schema = @Schema(implementation = WebhookRedeliveryResult.class)))
    WebhookRedeliveryResult redeliverRange(@PathParam("id") UUID id, @Valid @NotNull WebhookRedeliveries body);
}
