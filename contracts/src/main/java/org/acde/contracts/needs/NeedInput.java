package org.acde.contracts.needs;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.matchmaking.Technology;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.acde.contracts.validation.LanguageTag;
import org.acde.contracts.validation.NoDuplicates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an agency writes about a need of its party. Status and audit fields are server-owned. */
@Schema(examples = "{\"party\": \"LA\", \"kind\": \"CAPACITY_BUILDING\", \"measure\": \"V\", \"subAreas\": [\"SECURITY_CAPACITY_BUILDING\"], \"title\": \"Incident response training for the national CERT\", \"titleLanguage\": \"en\", \"description\": \"Hands-on incident handling and digital forensics for 40 analysts of the national computer emergency response team, ideally with a mentoring partner for a year.\", \"descriptionLanguage\": \"en\", \"audiences\": [\"TECHNICIANS\", \"OFFICIALS\"], \"audienceSize\": 40, \"technologies\": [\"CYBERSECURITY\"], \"sectors\": [\"O\"], \"languages\": [\"en\", \"lo\"], \"startsOn\": \"2027-03-01\", \"endsOn\": \"2027-12-31\"}", description = "A cooperation need as written by an agency")
public record NeedInput(
        @NotNull @Schema(description = "The party whose need it is; an agency posts for its own party only") Party party,
        @NotNull NeedKind kind,
        @NotNull Measure measure,
        @NoDuplicates @Size(max = 10) @Schema(description = "Sub-areas of the measure; empty or absent for the measure as a whole") List<@NotNull SubArea> subAreas,
        @NotBlank @Size(max = 200) String title,
        @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the title's language; optional", pattern = LanguageTag.PATTERN, examples = "en") String titleLanguage,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the description's language; optional", pattern = LanguageTag.PATTERN, examples = "en") String descriptionLanguage,
        @NoDuplicates @NotNull @Size(min = 1, max = 7) @Schema(description = "Who is to benefit") List<@NotNull Audience> audiences,
        @Min(1) @Max(10_000_000) @Schema(description = "How many people are to benefit, if known") Integer audienceSize,
        @NoDuplicates @Size(max = 10) @Schema(description = "Technologies the answer should bring; they drive the matching with offers") List<@NotNull Technology> technologies,
        @NoDuplicates @Size(max = 5) @Schema(description = "ISIC sections the need concerns") List<@NotNull IsicSection> sectors,
        @NoDuplicates(ignoreCase = true) @Size(max = 10) @Schema(description = "Languages the answer may be given in, BCP 47 tags") List<@NotNull @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag String> languages,
        @NotNull @Schema(description = "When help is wanted from") LocalDate startsOn,
        @NotNull @Schema(description = "When help is wanted by; not before startsOn") LocalDate endsOn) {
}
