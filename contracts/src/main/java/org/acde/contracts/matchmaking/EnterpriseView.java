package org.acde.contracts.matchmaking;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enterprise as the API shows it; `contact` only to those entitled. */
@Schema(requiredProperties = { "id", "name", "party", "sizeBand", "sizeBasis", "sectors", "languages", "description", "verified", "owner", "createdAt", "updatedAt" }, description = "An enterprise profile", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record EnterpriseView(
        UUID id,
        String name,
        Party party,
        String registrationId,
        SizeBand sizeBand,
        SizeBasis sizeBasis,
        List<IsicSection> sectors,
        List<String> languages,
        @Schema(format = "uri") String website,
        String description,
        @Schema(description = "Absent unless the caller is the owner, an agency of the enterprise's party, the secretariat or an accepted counterpart") Contact contact,
        @Schema(description = "Set by an agency of the enterprise's own party") boolean verified,
        String verifiedBy,
        Instant verifiedAt,
        @Schema(description = "Who registered the enterprise and owns it: the client id, or `user:<sub>` when a person signed in through a client registered it") String owner,
        Instant createdAt,
        Instant updatedAt) {
}
