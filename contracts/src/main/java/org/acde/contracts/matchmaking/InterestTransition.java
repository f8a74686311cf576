package org.acde.contracts.matchmaking;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accept or decline an interest (the opportunity's owner), or record its outcome (either side). */
@Schema(examples = "{\"to\": \"ACCEPTED\", \"reason\": \"Their cooperative network covers the provinces we want to reach\"}", description = "Move an interest to ACCEPTED, DECLINED, AGREEMENT_SIGNED or CLOSED; AGREEMENT_SIGNED needs agreementType and agreementDate")
public record InterestTransition(
        @NotNull InterestStatus to,
        @NotBlank @Size(max = 1000) String reason,
        PartnershipType agreementType,
        LocalDate agreementDate) {
}
