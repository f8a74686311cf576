package org.acde.contracts.dialogues;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Dialogues: the meetings and events through which the parties cooperate. Served by initiatives-service. */
@Path("/api/v1/dialogues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dialogues", description = "Ministerial and senior officials' meetings, workshops and forums, and what they decided about initiatives")
public interface DialoguesApi {

    @GET
    @Operation(operationId = "listDialogues", summary = "List dialogues", description = "Dialogues are public. By start date, latest first, unless `sort` says otherwise.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<DialogueView> list(@Valid @BeanParam DialogueQuery query, @Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "createDialogue", summary = "Record a dialogue", description = "The secretariat, or an agency for a dialogue its own party hosts. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = DialogueView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<DialogueView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull DialogueInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDialogue", summary = "Read a dialogue", description = "The ETag header is what If-Match takes on writes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<DialogueView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateDialogue", summary = "Replace a dialogue's fields", description = "The secretariat or the host party's agency; only the secretariat hands the dialogue to another host. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The dialogue as changed; `ETag` is its new version", content = @Content(schema = @Schema(implementation = DialogueView.class)))
    @APIResponse(responseCode = "422", description = "The host party may not be changed by the caller", content = @Content(mediaType = "application/problem+json"))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<DialogueView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DialogueInput body);
}
