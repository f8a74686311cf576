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
 * Enterprise profiles (measures III, IV and VII), as partners integrated them before organisations of every kind.
 * Deprecated: {@link OrganisationsApi} serves the same organisations (kind ENTERPRISE here) through the same service.
 */
@Path("/api/v1/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "Deprecated: use `/api/v1/organisations` (kind `ENTERPRISE`). Enterprise profiles; the public never sees them, only anonymised opportunities")
public interface EnterprisesApi {

    @GET
    @Operation(deprecated = true, operationId = "listEnterprises", summary = "List enterprises", description = "Deprecated: use `GET /api/v1/organisations?kind=ENTERPRISE`; the same enterprise, the same rules. The secretariat sees all; an agency its party's; a partner those it registered. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    Page<EnterpriseView> list(@Valid @BeanParam EnterpriseQuery query, @Valid @BeanParam PageParams page);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(deprecated = true, operationId = "createEnterprise", summary = "Register an enterprise", description = "Deprecated: use `POST /api/v1/organisations` with `\"kind\": \"ENTERPRISE\"`; the same enterprise, the same rules. A partner or agency for its own party, or the secretariat. Whoever registers it owns it: the client, or the person signed in through it. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    RestResponse<EnterpriseView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull EnterpriseInput body);

    @GET
    @Path("/{id}")
    @Operation(deprecated = true, operationId = "getEnterprise", summary = "Read an enterprise", description = "Deprecated: use `GET /api/v1/organisations/{id}`; the same enterprise, the same rules. The owner, an agency of its party, the secretariat and accepted counterparts; the contact only to them. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    RestResponse<EnterpriseView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(deprecated = true, operationId = "updateEnterprise", summary = "Replace an enterprise's fields", description = "Deprecated: use `PUT /api/v1/organisations/{id}`; the same enterprise, the same rules. Its owner or the secretariat; the party never changes. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The enterprise as changed; `ETag` is its new version", content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "422", description = "The party may not change", content = @Content(mediaType = "application/problem+json"))
    RestResponse<EnterpriseView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EnterpriseInput body);

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(deprecated = true, operationId = "verifyEnterprise", summary = "Verify an enterprise", description = "Deprecated: use `POST /api/v1/organisations/{id}/verification`; the same enterprise, the same rules. Only an agency of the enterprise's own party. Roles: agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The enterprise with its new verification", content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    RestResponse<EnterpriseView> verify(@PathParam("id") UUID id, @Valid @NotNull Verification body);
}
