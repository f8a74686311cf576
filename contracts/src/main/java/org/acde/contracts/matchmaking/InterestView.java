package org.acde.contracts.matchmaking;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An expression of interest. The contacts of the two enterprises appear only to those entitled to them: each side's
 * owner sees the other side's contact once the interest was ACCEPTED, never before.
 */
@Schema(requiredProperties = { "id", "opportunityId", "opportunityTitle", "opportunityType", "opportunityParty", "enterpriseId", "enterpriseName", "enterpriseParty", "enterpriseVerified", "message", "partnershipType", "status", "expiresAt", "createdAt", "updatedAt" }, description = "An expression of interest", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record InterestView(
        UUID id,
        UUID opportunityId,
        String opportunityTitle,
        OpportunityType opportunityType,
        Party opportunityParty,
        UUID enterpriseId,
        String enterpriseName,
        Party enterpriseParty,
        @Schema(description = "Absent when the interested organisation is not an enterprise") SizeBand enterpriseSizeBand,
        boolean enterpriseVerified,
        UUID fromOpportunityId,
        String message,
        PartnershipType partnershipType,
        InterestStatus status,
        Instant expiresAt,
        Instant decidedAt,
        @Schema(description = "The kind of agreement signed") PartnershipType agreementType,
        LocalDate agreementDate,
        @Schema(description = "The opportunity's enterprise contact; to the interested side only once ACCEPTED") Contact opportunityContact,
        @Schema(description = "The interested enterprise's contact; to the opportunity's side only once ACCEPTED") Contact enterpriseContact,
        Instant createdAt,
        Instant updatedAt) {
}
