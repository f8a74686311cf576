package org.acde.contracts.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A library item as the API shows it. */
@Schema(requiredProperties = { "id", "title", "summary", "documentType", "measure", "subAreas", "parties", "language", "publicationDate", "url", "relatedInitiatives", "status", "createdBy", "createdAt", "updatedBy", "updatedAt" }, description = "A policy, regulation, standard, guideline, best practice or case study in the knowledge exchange library", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record LibraryItemView(
        UUID id,
        String title,
        String summary,
        LibraryDocumentType documentType,
        Measure measure,
        List<SubArea> subAreas,
        List<Party> parties,
        @Schema(examples = "en") String language,
        LocalDate publicationDate,
        String url,
        @Schema(description = "Absent when unknown") String licence,
        List<UUID> relatedInitiatives,
        LibraryItemStatus status,
        @Schema(description = "The reason given with the last status change; absent while never moved") String statusReason,
        @Schema(description = "When it was first published; absent while a draft") Instant publishedAt,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {
}
