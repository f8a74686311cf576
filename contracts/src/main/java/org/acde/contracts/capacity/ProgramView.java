package org.acde.contracts.capacity;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as the API shows it. */
@Schema(requiredProperties = { "id", "title", "description", "measure", "topics", "audiences", "providerParty", "providerOrganisation", "delivery", "languages", "answersNeeds", "status", "createdBy", "createdAt", "updatedBy", "updatedAt" }, description = "A capacity-building program", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record ProgramView(
        UUID id,
        String title,
        @Schema(description = "BCP 47 tag of the language the title is written in, as the client gave it; absent when not given", examples = "en") String titleLanguage,
        String description,
        @Schema(description = "BCP 47 tag of the language the description is written in, as the client gave it; absent when not given", examples = "en") String descriptionLanguage,
        Measure measure,
        List<Topic> topics,
        List<Audience> audiences,
        Party providerParty,
        String providerOrganisation,
        Delivery delivery,
        List<String> languages,
        UUID initiativeId,
        @Schema(description = "The linked initiative's code, as initiatives-service gave it", examples = "ACI-2026-0042") String initiativeCode,
        @Schema(description = "Cooperation needs the program declares it answers") List<UUID> answersNeeds,
        Integer certificateValidityMonths,
        ProgramStatus status,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {
}
