package org.acde.contracts.matchmaking;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
 * Organisations of every kind taking part in matchmaking: enterprises, universities, research institutes, government
 * agencies, industry associations, NGOs (measures I, III, IV and VII). Served by matchmaking-service; the canonical
 * resource, of which `/api/v1/enterprises` shows the enterprises.
 */
@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Profiles of the organisations behind opportunities; the public never sees them, only anonymised opportunities")
public interface OrganisationsApi {

    @GET
    @Operation(operationId = "listOrganisations", summary = "List organisations", description = "The secretariat sees all; an agency its party's; a partner those it registered. `kind` filters by kind. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    Page<OrganisationView> list(@Valid @BeanParam OrganisationQuery query, @Valid @BeanParam PageParams page);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisation", summary = "Register an organisation", description = "A partner or agency for its own party, or the secretariat. Whoever registers it owns it: the client, or the person signed in through it. Each kind has its own required fields. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    RestResponse<OrganisationView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull OrganisationInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisation", summary = "Read an organisation", description = "The owner, an agency of its party, the secretariat and accepted counterparts; the contact only to them. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    RestResponse<OrganisationView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrganisation", summary = "Replace an organisation's fields", description = "Its owner or the secretariat; the party and the kind never change. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The organisation as changed; `ETag` is its new version", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "422", description = "The party or the kind may not change", content = @Content(mediaType = "application/problem+json"))
    RestResponse<OrganisationView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrganisationInput body);

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyOrganisation", summary = "Verify an organisation", description = "Only an agency of the organisation's own party. Roles: agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The organisation with its new verification", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    RestResponse<OrganisationView> verify(@PathParam("id") UUID id, @Valid @NotNull Verification body);
}
