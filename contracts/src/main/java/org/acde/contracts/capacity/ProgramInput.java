package org.acde.contracts.capacity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.validation.LanguageTag;
import org.acde.contracts.validation.NoDuplicates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes about a program, on creation and replacement. Status and audit fields are server-owned. */
@Schema(examples = "{\"title\": \"AI governance for public officials\", \"titleLanguage\": \"en\", \"descriptionLanguage\": \"en\", \"description\": \"Five days on risk-based AI governance, buying AI systems for the public sector and the ASEAN Guide on AI Governance and Ethics, with case studies from member states.\", \"measure\": \"VI\", \"topics\": [\"AI_GOVERNANCE\", \"DATA\"], \"audiences\": [\"OFFICIALS\", \"MANAGERS\"], \"providerParty\": \"VN\", \"providerOrganisation\": \"Viet Nam Academy of Digital Skills\", \"delivery\": \"HYBRID\", \"languages\": [\"en\", \"vi\"], \"certificateValidityMonths\": 36}", description = "A capacity-building program as written by a client")
public record ProgramInput(
        @NotBlank @Size(max = 200) @Schema(examples = "AI governance for public officials") String title,
        @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the language the title is written in, e.g. en, zh-Hans, vi; optional", pattern = LanguageTag.PATTERN, examples = "en") String titleLanguage,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the language the description is written in, e.g. en, zh-Hans, vi; optional", pattern = LanguageTag.PATTERN, examples = "en") String descriptionLanguage,
        @NotNull @Schema(description = "Mostly VI (digital literacy and capabilities) or VII (inclusive development)") Measure measure,
        @NoDuplicates @NotNull @Size(min = 1, max = 10) List<@NotNull Topic> topics,
        @NoDuplicates @NotNull @Size(min = 1, max = 7) List<@NotNull Audience> audiences,
        @NotNull @Schema(description = "The party whose organisation provides the program") Party providerParty,
        @NotBlank @Size(max = 200) @Schema(examples = "Viet Nam Academy of Digital Skills") String providerOrganisation,
        @NotNull Delivery delivery,
        @NoDuplicates(ignoreCase = true) @NotNull @Size(min = 1, max = 10) @Schema(description = "BCP 47 language tags, e.g. en, vi, zh-Hans") List<@NotNull @Size(max = 30) @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", message = "a BCP 47 language tag, e.g. en or zh-Hans") String> languages,
        @Schema(description = "The cooperation initiative that funds the program; checked with initiatives-service") UUID initiativeId,
        @NoDuplicates @Size(max = 10) @Schema(description = "Cooperation needs (of matchmaking-service) the program answers; stored as given, listed with ?need=") List<@NotNull UUID> answersNeeds,
        @Min(1) @Max(120) @Schema(description = "How long certificates stay valid; absent for no expiry") Integer certificateValidityMonths) {
}
