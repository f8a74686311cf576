package org.acde.contracts.matchmaking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the API shows it; the fields of its kind only; `contact` only to those entitled. */
@Schema(requiredProperties = { "id", "kind", "name", "party", "sectors", "languages", "description", "verified", "owner", "createdAt", "updatedAt" }, description = "An organisation's profile", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record OrganisationView(
        UUID id,
        OrganisationKind kind,
        String name,
        Party party,
        String registrationId,
        @Schema(description = "Enterprises only") SizeBand sizeBand,
        @Schema(description = "Enterprises only") SizeBasis sizeBasis,
        @Schema(description = "Government agencies only") GovernmentLevel governmentLevel,
        @Schema(description = "Industry associations only") Integer memberCount,
        List<IsicSection> sectors,
        List<String> languages,
        @Schema(format = "uri") String website,
        String description,
        @Schema(description = "Absent unless the caller is the owner, an agency of the organisation's party, the secretariat or an accepted counterpart") Contact contact,
        @Schema(description = "Set by an agency of the organisation's own party") boolean verified,
        String verifiedBy,
        Instant verifiedAt,
        @Schema(description = "Who registered the organisation and owns it: the client id, or `user:<sub>` when a person signed in through a client registered it") String owner,
        Instant createdAt,
        Instant updatedAt) {
}
