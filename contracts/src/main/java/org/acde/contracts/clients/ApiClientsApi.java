package org.acde.contracts.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Onboarding of API consumers, owned by the gateway: the secretariat creates a Keycloak confidential client for a
 * national agency or partner system, rotates its secret or disables it.
 */
@Path("/api/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API clients", description = "Onboarding of agencies and partner systems (secretariat only)")
public interface ApiClientsApi {

    @GET
    @Operation(operationId = "listApiClients", summary = "List onboarded API clients", description = "Never shows secrets. Sorted by client id. Roles: secretariat.")
    @SecurityRequirement(name = "keycloak")
    Page<ApiClientView> list(@Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "createApiClient", summary = "Onboard an API client", description = "Creates a confidential Keycloak client with a service account holding the role, and a `party` claim for agencies and partners. The secret is in this response only. Roles: secretariat.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; the secret is shown only here", content = @Content(schema = @Schema(implementation = ApiClientCredentials.class)))
    @APIResponse(responseCode = "409", description = "A client with this id exists", content = @Content(mediaType = "application/problem+json"))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<ApiClientCredentials> create(@Valid @NotNull ApiClientInput body);

    @GET
    @Path("/{clientId}")
    @Operation(operationId = "getApiClient", summary = "Read an API client", description = "Roles: secretariat.")
    @SecurityRequirement(name = "keycloak")
    ApiClientView get(
            @PathParam("clientId") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = ApiClientInput.CLIENT_ID,
                    maxLength = ApiClientInput.CLIENT_ID_MAX)) String clientId);

    @POST
    @Path("/{clientId}/secret")
    @Operation(operationId = "rotateApiClientSecret", summary = "Rotate the secret", description = "The old secret stops working at once; the new one is in this response only. Roles: secretariat.")
    @SecurityRequirement(name = "keycloak")
    ApiClientCredentials rotateSecret(
            @PathParam("clientId") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = ApiClientInput.CLIENT_ID,
                    maxLength = ApiClientInput.CLIENT_ID_MAX)) String clientId);

    @DELETE
    @Path("/{clientId}")
    @Operation(operationId = "disableApiClient", summary = "Disable an API client", description = "It can obtain no new token; tokens already issued expire within their 5-minute lifetime. Roles: secretariat.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Disabled")
    void disable(
            @PathParam("clientId") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = ApiClientInput.CLIENT_ID,
                    maxLength = ApiClientInput.CLIENT_ID_MAX)) String clientId);
}
