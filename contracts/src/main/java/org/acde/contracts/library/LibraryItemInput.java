package org.acde.contracts.library;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.acde.contracts.validation.HttpUrl;
import org.acde.contracts.validation.LanguageTag;
import org.acde.contracts.validation.NoDuplicates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client writes about a library item, on creation (POST) and replacement (PUT). Server-owned fields (id,
 * status, audit fields) are not part of it: sending them is a 400.
 */
@Schema(examples = "{\"title\": \"ASEAN Guide on AI Governance and Ethics\", \"summary\": \"Guiding principles and recommended practices for the design, development and deployment of AI systems in ASEAN.\", \"documentType\": \"GUIDELINE\", \"measure\": \"I\", \"subAreas\": [\"POLICIES_RULES_STANDARDS\", \"TRUSTED_DIGITAL_ECOSYSTEM\"], \"parties\": [\"BN\", \"KH\", \"ID\", \"LA\", \"MY\", \"MM\", \"PH\", \"SG\", \"TH\", \"VN\"], \"language\": \"en\", \"publicationDate\": \"2024-02-02\", \"url\": \"https://asean.org/book/asean-guide-on-ai-governance-and-ethics/\", \"licence\": \"All rights reserved\"}", description = "A library item as written by a client")
public record LibraryItemInput(
        @NotBlank @Size(max = 300) @Schema(examples = "ASEAN Guide on AI Governance and Ethics") String title,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull LibraryDocumentType documentType,
        @NotNull Measure measure,
        @NoDuplicates @Size(max = 10) @Schema(description = "Areas of the measure, from its `subAreas` list, each once") List<@NotNull SubArea> subAreas,
        @NoDuplicates @NotNull @Size(min = 1, max = 12) @Schema(description = "The parties whose document it is (a joint document names several), each once; an agency writes only items that name its own party") List<@NotNull Party> parties,
        @NotNull @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the document's language, e.g. en, zh-Hans, vi", pattern = LanguageTag.PATTERN, examples = "en") String language,
        @NotNull @Schema(description = "When the document was published or adopted by its authors") LocalDate publicationDate,
        @NotNull @HttpUrl @Schema(description = "Where the document is; stored and shown, never fetched by the platform", format = "uri", maxLength = 2000, examples = "https://asean.org/book/asean-guide-on-ai-governance-and-ethics/") String url,
        @Size(max = 100) @Schema(description = "The terms of reuse: an SPDX licence identifier (e.g. CC-BY-4.0) or a short statement (e.g. All rights reserved); optional, absent when unknown", examples = "CC-BY-4.0") String licence,
        @NoDuplicates @Size(max = 20) @Schema(description = "Ids of initiatives the document belongs to or informs, each once; each must be an initiative the caller can see") List<@NotNull UUID> relatedInitiatives) {

    public List<SubArea> subAreasOrEmpty() {
        return subAreas == null ? List.of() : subAreas;
    }

    public List<UUID> relatedInitiativesOrEmpty() {
        return relatedInitiatives == null ? List.of() : relatedInitiatives;
    }
}
