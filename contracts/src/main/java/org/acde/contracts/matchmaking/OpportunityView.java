package org.acde.contracts.matchmaking;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An opportunity as the API shows it. Anonymised for everyone but the enterprise's owner, an agency of its party, the
 * secretariat and an accepted counterpart: then `enterpriseId` and `enterpriseName` are absent, and the opportunity
 * is known only by its party, size band, sectors and technologies.
 */
@Schema(requiredProperties = { "id", "party", "organisationKind", "verified", "type", "title", "summary", "technologies", "keywords", "sectors", "targetParties", "partnershipTypes", "stage", "measure", "status", "expiresOn", "answersNeeds", "createdAt", "updatedAt" }, description = "A partnering opportunity", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record OpportunityView(
        UUID id,
        @Schema(description = "The organisation behind it, of any kind (the name is kept for existing partners); absent when anonymised") UUID enterpriseId,
        @Schema(description = "The organisation's name; absent when anonymised") String enterpriseName,
        @Schema(description = "The enterprise's party") Party party,
        @Schema(description = "The enterprise's size band; absent for organisations of other kinds") SizeBand sizeBand,
        @Schema(description = "The kind of organisation behind it (shown anonymised too)") OrganisationKind organisationKind,
        @Schema(description = "Whether an agency of its party verified the enterprise") boolean verified,
        OpportunityType type,
        String title,
        @Schema(description = "BCP 47 tag of the language the title is written in, as the client gave it; absent when not given", examples = "en") String titleLanguage,
        String summary,
        @Schema(description = "BCP 47 tag of the language the summary is written in, as the client gave it; absent when not given", examples = "en") String summaryLanguage,
        List<Technology> technologies,
        List<String> keywords,
        List<IsicSection> sectors,
        List<Party> targetParties,
        List<PartnershipType> partnershipTypes,
        DevelopmentStage stage,
        Measure measure,
        UUID initiativeId,
        String initiativeCode,
        OpportunityStatus status,
        LocalDate expiresOn,
        Instant publishedAt,
        @Schema(description = "Cooperation needs this offer answers") List<UUID> answersNeeds,
        Instant createdAt,
        Instant updatedAt) {
}
