package org.acde.contracts.matchmaking;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.openapi.ExampleIds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expression of interest by one enterprise in another's published opportunity. */
@Schema(examples = "{\"opportunityId\": \"" + ExampleIds.OPPORTUNITY + "\", \"enterpriseId\": \"" + ExampleIds.INTERESTED_ENTERPRISE + "\", \"message\": \"We supply farm inputs to 1,200 cooperatives in the Mekong Delta and would like to distribute your sensors.\", \"partnershipType\": \"DISTRIBUTION\"}", description = "An expression of interest")
public record InterestInput(
        @NotNull @Schema(description = "The published opportunity of another enterprise") UUID opportunityId,
        @NotNull @Schema(description = "The interested organisation (of any kind); the caller must own it") UUID enterpriseId,
        @Schema(description = "Optionally, the interested enterprise's own published opportunity of the complementary type") UUID fromOpportunityId,
        @NotBlank @Size(max = 2000) String message,
        @NotNull @Schema(description = "One of the partnership types the opportunity seeks") PartnershipType partnershipType) {
}
