package org.acde.contracts.dialogues;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dialogues an initiative went through. */
@Path("/api/v1/initiatives/{initiativeId}/dialogues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dialogues")
public interface InitiativeDialoguesApi {

    @GET
    @Operation(operationId = "listInitiativeDialogues", summary = "The dialogues an initiative went through", description = "Every dialogue with an outcome about the initiative, earliest first, with those outcomes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<InitiativeDialogueView> list(@PathParam("initiativeId") UUID initiativeId, @Valid @BeanParam PageParams page);
}
