package org.acde.contracts.dialogues;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** What a dialogue did about initiatives: endorsed, reviewed or tasked them. */
@Path("/api/v1/dialogues/{dialogueId}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dialogues")
public interface DialogueOutcomesApi {

    @GET
    @Operation(operationId = "listDialogueOutcomes", summary = "List a dialogue's outcomes", description = "In the order recorded; only outcomes about initiatives the caller may see (a proposal's, to the secretariat and the agencies of its parties).")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<OutcomeView> list(@PathParam("dialogueId") UUID dialogueId, @Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "createDialogueOutcome", summary = "Record an outcome", description = "The secretariat, or an agency of the host party, once the dialogue has begun; about an initiative the caller may see, once per initiative and kind. TASKED needs a `note`. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "409", description = "The dialogue has not begun, or already records this outcome for the initiative", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The initiative does not exist or is not visible to the caller", content = @Content(mediaType = "application/problem+json"))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<OutcomeView> create(@PathParam("dialogueId") UUID dialogueId,
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull OutcomeInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDialogueOutcome", summary = "Read an outcome", description = "Seen by whoever may see its initiative.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<OutcomeView> get(@PathParam("dialogueId") UUID dialogueId, @PathParam("id") UUID id);
}
