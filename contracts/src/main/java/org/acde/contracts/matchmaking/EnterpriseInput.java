package org.acde.contracts.matchmaking;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Party;
import org.acde.contracts.validation.HttpUrl;
import org.acde.contracts.validation.NoDuplicates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes about an enterprise. `verified`, ownership and audit fields are server-owned. */
@Schema(examples = "{\"name\": \"Mekong Agritech JSC\", \"party\": \"VN\", \"registrationId\": \"VN-ERC-0312345678\", \"sizeBand\": \"SMALL\", \"sizeBasis\": {\"employees\": 42, \"annualTurnover\": {\"amount\": \"38000000000\", \"currency\": \"VND\"}, \"definition\": \"VN Decree 80/2021/ND-CP\"}, \"sectors\": [\"A\", \"C\"], \"languages\": [\"vi\", \"en\"], \"website\": \"https://mekongagritech.vn\", \"description\": \"Soil sensors and farm-management software for smallholder rice farmers in the Mekong Delta.\", \"contact\": {\"person\": \"Nguyen Thi Lan\", \"email\": \"lan@example.vn\", \"phone\": \"+84 24 1234 5678\"}}", description = "An enterprise profile as written by a client")
public record EnterpriseInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Mekong Agritech JSC") String name,
        @NotNull Party party,
        @Size(max = 60) @Pattern(regexp = "^[A-Z]{2}-[A-Z0-9]{2,10}-[A-Za-z0-9][A-Za-z0-9-]{0,39}$", message = "<scheme>-<id>, e.g. SG-ACRA-201912345K or CN-USCI-91310000MA1FL0000X")
        @Schema(description = "National registration: party, register and number", examples = "VN-ERC-0312345678") String registrationId,
        @NotNull SizeBand sizeBand,
        @NotNull @Valid SizeBasis sizeBasis,
        @NoDuplicates @NotNull @Size(min = 1, max = 5) List<@NotNull IsicSection> sectors,
        @NoDuplicates(ignoreCase = true) @NotNull @Size(min = 1, max = 10) @Schema(description = "BCP 47 language tags, e.g. en, vi, zh-Hans") List<@NotNull @Size(max = 30) @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", message = "a BCP 47 language tag, e.g. en or zh-Hans") String> languages,
        @HttpUrl @Schema(format = "uri", maxLength = 2000, examples = "https://mekongagritech.vn") String website,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Valid Contact contact) {
}
