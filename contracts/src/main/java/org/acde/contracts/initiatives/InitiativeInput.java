package org.acde.contracts.initiatives;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.acde.contracts.validation.LanguageTag;
import org.acde.contracts.validation.NoDuplicates;
import org.acde.contracts.validation.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client writes about an initiative, on creation (POST) and replacement (PUT). Server-owned fields (id,
 * code, status, actual dates, audit fields) are not part of it: sending them is a 400.
 */
@Schema(examples = "{\"title\": \"ASEAN-China 5G smart port pilot\", \"titleLanguage\": \"en\", \"summary\": \"Pilots 5G-connected cranes and customs data exchange in two partner ports.\", \"summaryLanguage\": \"en\", \"objectives\": \"Cut vessel turnaround time in the pilot ports by a fifth.\", \"targetGroups\": \"Port operators, customs agencies and logistics MSMEs\", \"measure\": \"III\", \"subAreas\": [\"FIVE_G\", \"DIGITAL_TRADE_PILOTS\"], \"tags\": [\"5G\", \"ports\"], \"leadParty\": \"CN\", \"participatingParties\": [\"CN\", \"VN\", \"MY\"], \"organisations\": [{\"name\": \"Ministry of Information and Communications\", \"role\": \"ACCOUNTABLE\", \"type\": \"GOVERNMENT\", \"party\": \"VN\"}], \"mechanisms\": [\"ASEAN-China Digital Ministers' Meeting\"], \"plannedStart\": \"2027-03-01\", \"plannedEnd\": \"2028-02-29\", \"budget\": {\"original\": {\"amount\": \"150000.00\", \"currency\": \"USD\"}}, \"documents\": [{\"title\": \"Memorandum of understanding\", \"url\": \"https://asean.org/wp-content/uploads/acde-mou.pdf\", \"category\": \"MOU\"}]}", description = "An initiative as written by a client")
public record InitiativeInput(
        @NotBlank @Size(max = 200) @Schema(examples = "ASEAN-China 5G smart port pilot") String title,
        @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the language the title is written in, e.g. en, zh-Hans, vi; optional", pattern = LanguageTag.PATTERN, examples = "en") String titleLanguage,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the language the summary is written in, e.g. en, zh-Hans, vi; optional", pattern = LanguageTag.PATTERN, examples = "en") String summaryLanguage,
        @Size(max = 4000) String objectives,
        @Size(max = 2000) String targetGroups,
        @NotNull Measure measure,
        @NoDuplicates @Size(max = 10) @Schema(description = "Areas of the measure, from its `subAreas` list") List<@NotNull SubArea> subAreas,
        @NoDuplicates(ignoreCase = true) @Size(max = 20) List<@NotNull @Tag String> tags,
        @NotNull @Schema(description = "The party that leads; it must be among the participating parties") Party leadParty,
        @NoDuplicates @NotNull @Size(min = 1, max = 12) @Schema(description = "Every party taking part, the lead included, each once") List<@NotNull Party> participatingParties,
        @Size(max = 50) List<@NotNull @Valid Organisation> organisations,
        @Size(max = 10) @Schema(description = "Cooperation mechanisms, e.g. ASEAN-China Digital Ministers' Meeting") List<@NotBlank @Size(max = 200) String> mechanisms,
        LocalDate plannedStart,
        @Schema(description = "Not before plannedStart") LocalDate plannedEnd,
        @Valid Budget budget,
        @Size(max = 50) List<@NotNull @Valid DocumentLink> documents,
        @NoDuplicates @Size(max = 10) @Schema(description = "Cooperation needs (of matchmaking-service) the initiative answers; stored as given, listed with ?need=") List<@NotNull UUID> answersNeeds) {

    public List<SubArea> subAreasOrEmpty() {
        return subAreas == null ? List.of() : subAreas;
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    public List<Organisation> organisationsOrEmpty() {
        return organisations == null ? List.of() : organisations;
    }

    public List<String> mechanismsOrEmpty() {
        return mechanisms == null ? List.of() : mechanisms;
    }

    public List<UUID> answersNeedsOrEmpty() {
        return answersNeeds == null ? List.of() : answersNeeds;
    }

    public List<DocumentLink> documentsOrEmpty() {
        return documents == null ? List.of() : documents;
    }
}
