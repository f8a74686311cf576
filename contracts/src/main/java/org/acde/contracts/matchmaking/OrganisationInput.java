package org.acde.contracts.matchmaking;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Party;
import org.acde.contracts.validation.HttpUrl;
import org.acde.contracts.validation.NoDuplicates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client writes about an organisation of any kind. `verified`, ownership and audit fields are server-owned.
 * `sizeBand` and `sizeBasis` are for enterprises only (and required of them), `governmentLevel` for government
 * agencies only, `memberCount` for industry associations only.
 */
@OrganisationKindFields
@Schema(examples = "{\"kind\": \"UNIVERSITY\", \"name\": \"Universiti Malaya\", \"party\": \"MY\", \"registrationId\": \"MY-MOHE-DU001\", \"sectors\": [\"P\", \"M\"], \"languages\": [\"ms\", \"en\"], \"website\": \"https://www.um.edu.my\", \"description\": \"Research university; AI and smart-agriculture laboratories open to joint research with ASEAN and Chinese partners.\", \"contact\": {\"person\": \"Siti Rahman\", \"email\": \"siti.rahman@example.my\", \"phone\": \"+60 3 7967 7022\"}}", description = "An organisation's profile as written by a client; the fields of its kind only")
public record OrganisationInput(
        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "Universiti Malaya") String name,
        @NotNull Party party,
        @Size(max = 60) @Pattern(regexp = "^[A-Z]{2}-[A-Z0-9]{2,10}-[A-Za-z0-9][A-Za-z0-9-]{0,39}$", message = "<scheme>-<id>, e.g. SG-ACRA-201912345K or CN-USCI-91310000MA1FL0000X")
        @Schema(description = "National registration: party, register and number", examples = "MY-MOHE-DU001") String registrationId,
        @Schema(description = "Enterprises only, and required of them") SizeBand sizeBand,
        @Valid @Schema(description = "Enterprises only, and required of them") SizeBasis sizeBasis,
        @Schema(description = "Government agencies only, and required of them") GovernmentLevel governmentLevel,
        @Min(1) @Max(10_000_000) @Schema(description = "Industry associations only, and required of them: member organisations", examples = "350") Integer memberCount,
        @NoDuplicates @NotNull @Size(min = 1, max = 5) List<@NotNull IsicSection> sectors,
        @NoDuplicates(ignoreCase = true) @NotNull @Size(min = 1, max = 10) @Schema(description = "BCP 47 language tags, e.g. en, vi, zh-Hans") List<@NotNull @Size(max = 30) @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", message = "a BCP 47 language tag, e.g. en or zh-Hans") String> languages,
        @HttpUrl @Schema(format = "uri", maxLength = 2000, examples = "https://www.um.edu.my") String website,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Valid Contact contact) {
}
