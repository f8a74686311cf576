package org.acde.contracts.initiatives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.StakeholderType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation taking part in an initiative, with its IATI-like role. */
@Schema(description = "A participating organisation")
public record Organisation(
        @NotBlank @Size(max = 200) @Schema(examples = "Ministry of Information and Communications") String name,
        @NotNull OrganisationRole role,
        @NotNull StakeholderType type,
        @Schema(description = "The party it belongs to, if any (international organisations may have none)") Party party) {
}
