package org.acde.contracts.matchmaking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.validation.LanguageTag;
import org.acde.contracts.validation.NoDuplicates;
import org.acde.contracts.validation.Tag;
import org.acde.contracts.openapi.ExampleIds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes about a partnering opportunity. Status and audit fields are server-owned. */
@Schema(examples = "{\"enterpriseId\": \"" + ExampleIds.ENTERPRISE + "\", \"type\": \"TECHNOLOGY_OFFER\", \"title\": \"IoT soil sensors for smallholder rice farms\", \"titleLanguage\": \"en\", \"summary\": \"Low-cost soil moisture and salinity sensors with a farm-management app, field-tested on 300 farms in the Mekong Delta; we seek distributors and licensees in the region's rice-growing areas.\", \"technologies\": [\"INTERNET_OF_THINGS\", \"SMART_AGRICULTURE\"], \"keywords\": [\"rice\", \"salinity\"], \"sectors\": [\"A\"], \"targetParties\": [\"KH\", \"LA\", \"TH\", \"VN\"], \"partnershipTypes\": [\"LICENSING\", \"DISTRIBUTION\"], \"stage\": \"ON_THE_MARKET\", \"measure\": \"IV\", \"expiresOn\": \"2027-06-30\"}", description = "A partnering opportunity as written by a client")
public record OpportunityInput(
        @NotNull @Schema(description = "The organisation (of any kind) behind the opportunity; the caller must own it") UUID enterpriseId,
        @NotNull OpportunityType type,
        @NotBlank @Size(max = 200) @Schema(examples = "IoT soil sensors for smallholder rice farms") String title,
        @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the language the title is written in, e.g. en, zh-Hans, vi; optional", pattern = LanguageTag.PATTERN, examples = "en") String titleLanguage,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the language the summary is written in, e.g. en, zh-Hans, vi; optional", pattern = LanguageTag.PATTERN, examples = "en") String summaryLanguage,
        @NoDuplicates @NotNull @Size(min = 1, max = 10) @Schema(description = "Terms of the controlled vocabulary (see Technology)") List<@NotNull Technology> technologies,
        @NoDuplicates(ignoreCase = true) @Size(max = 20) @Schema(description = "Free keywords beside the vocabulary, at most 20") List<@NotNull @Tag String> keywords,
        @NoDuplicates @NotNull @Size(min = 1, max = 5) List<@NotNull IsicSection> sectors,
        @NoDuplicates @Size(max = 12) @Schema(description = "Parties whose enterprises are sought; empty or absent for all") List<@NotNull Party> targetParties,
        @NoDuplicates @NotNull @Size(min = 1, max = 5) List<@NotNull PartnershipType> partnershipTypes,
        @NotNull DevelopmentStage stage,
        @NotNull Measure measure,
        @Schema(description = "A pilot project this opportunity belongs to; checked with initiatives-service") UUID initiativeId,
        @NotNull @Schema(description = "The last day the opportunity stays open once published") LocalDate expiresOn,
        @Size(max = 10) @Schema(description = "Cooperation needs this offer answers (TECHNOLOGY_OFFER and BUSINESS_OFFER only); each must exist and not be withdrawn") List<@NotNull UUID> answersNeeds) {
}
