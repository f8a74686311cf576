package org.acde.contracts.reference;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.paging.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public reference data: the codes every other API accepts, with their labels in the request's language. */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Codes accepted across the platform, with labels in the language of `Accept-Language` (English by default)")
public interface ReferenceApi {

    @GET
    @Path("/parties")
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "listParties", summary = "The parties", description = "The ASEAN member states, Timor-Leste and China, as they stood on `asOf` (default today). A state appears from the day it joined or became an observer.")
    @SecurityRequirements
    Page<PartyView> parties(
            @Parameter(description = "Date the membership is evaluated on (YYYY-MM-DD)") @QueryParam("asOf") LocalDate asOf);

    @GET
    @Path("/measures")
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "listMeasures", summary = "The seven measures of the Joint Statement with their sub-areas", description = "Codes I to VII, as initiatives and programs name them, with their labels and the sub-areas of each.")
    @SecurityRequirements
    Page<MeasureView> measures();

    @GET
    @Path("/sectors")
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "listSectors", summary = "Economic sectors: the sections of ISIC Rev.5", description = "Section letters A to V with their labels, as enterprises and opportunities name their sectors.")
    @SecurityRequirements
    Page<CodeLabel> sectors();

    @GET
    @Path("/stakeholder-types")
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "listStakeholderTypes", summary = "Kinds of organisation taking part in cooperation", description = "Codes with labels, as organisations of initiatives and enrolments name their kind.")
    @SecurityRequirements
    Page<CodeLabel> stakeholderTypes();
}
