package org.acde.contracts.initiatives;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Initiatives published in the IATI Activity Standard 2.03 (iatistandard.org), for aid-transparency portals and
 * the parties' own systems. The mapping is documented in initiatives-service's README.
 */
@Path("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Cooperation initiatives under measures I–VII of the Joint Statement")
public interface IatiApi {

    String MEDIA_TYPE = "application/xml";

    @GET
    @Path("/iati-activities.xml")
    @Produces(MEDIA_TYPE)
    @Operation(operationId = "exportIatiActivities", summary = "Publish initiatives as IATI activities", description = "Every public (endorsed) initiative matching the list filters, as one IATI 2.03 `iati-activities` document in creation order; proposals are never published, whoever asks. Streamed, without a row or date cap. A filter that matches nothing gives an `iati-activities` element without activities.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @APIResponse(responseCode = "200", description = "An IATI 2.03 activity file, valid against iati-activities-schema.xsd; `Content-Disposition` names the file", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    Response exportActivities(@Valid @BeanParam InitiativeQuery query);

    @GET
    @Path("/{id}/iati-activity.xml")
    @Produces(MEDIA_TYPE)
    @Operation(operationId = "exportIatiActivity", summary = "One initiative as an IATI activity", description = "The initiative as an IATI 2.03 `iati-activities` document holding its one `iati-activity`, for whoever may read the initiative (a proposal too, for the secretariat and the agencies of its parties).")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @APIResponse(responseCode = "200", description = "An IATI 2.03 activity file, valid against iati-activities-schema.xsd", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    Response exportActivity(@PathParam("id") UUID id);
}
