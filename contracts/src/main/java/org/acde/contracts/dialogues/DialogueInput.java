package org.acde.contracts.dialogues;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.Party;
import org.acde.contracts.validation.LanguageTag;
import org.acde.contracts.validation.NoDuplicates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client writes about a dialogue, on creation and replacement: a place, {@code online: true}, or both (a hybrid
 * meeting). Audit fields are server-owned.
 */
@Schema(examples = "{\"kind\": \"MINISTERIAL_MEETING\", \"title\": \"5th ASEAN Digital Ministers' Meeting with China\", \"titleLanguage\": \"en\", \"startDate\": \"2027-01-02\", \"endDate\": \"2027-01-03\", \"place\": \"Hanoi, Viet Nam\", \"online\": false, \"hostParty\": \"VN\", \"participatingParties\": [\"VN\", \"CN\", \"TH\", \"MY\"], \"agenda\": [{\"title\": \"Review of the ASEAN-China digital economy cooperation work plan\"}, {\"title\": \"Endorsement of new cooperation initiatives\", \"description\": \"Proposals put forward by the senior officials\"}]}", description = "A dialogue (a meeting or event of the parties) as written by a client")
public record DialogueInput(
        @NotNull DialogueKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "5th ASEAN Digital Ministers' Meeting with China") String title,
        @Size(max = LanguageTag.MAX_LENGTH) @LanguageTag @Schema(description = "BCP 47 tag of the language the title is written in, e.g. en, zh-Hans, vi; optional", pattern = LanguageTag.PATTERN, examples = "en") String titleLanguage,
        @NotNull @Schema(description = "The (first) day of the meeting") LocalDate startDate,
        @Schema(description = "The last day of a meeting of several days; absent for one day; not before `startDate`") LocalDate endDate,
        @Size(max = 200) @Schema(description = "Where it is held; required unless `online` is true", examples = "Hanoi, Viet Nam") String place,
        @Schema(description = "Held online (or hybrid, with a `place`); absent means false") Boolean online,
        @NotNull @Schema(description = "The party that hosts (chairs) the meeting; its agency or the secretariat writes the dialogue and its outcomes") Party hostParty,
        @NoDuplicates @NotNull @Size(min = 1, max = 12) @Schema(description = "Every party taking part, the host included") List<@NotNull Party> participatingParties,
        @Size(max = 50) List<@NotNull @Valid AgendaItem> agenda) {

    public boolean isOnline() {
        return Boolean.TRUE.equals(online);
    }

    public List<AgendaItem> agendaOrEmpty() {
        return agenda == null ? List.of() : agenda;
    }
}
