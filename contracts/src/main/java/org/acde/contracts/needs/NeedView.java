package org.acde.contracts.needs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.matchmaking.Technology;
import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need as the API shows it: public unless WITHDRAWN (then only its party's agencies and the secretariat see it). */
@Schema(requiredProperties = { "id", "party", "kind", "measure", "subAreas", "title", "description", "audiences", "technologies", "sectors", "languages", "startsOn", "endsOn", "status", "createdAt", "updatedAt" }, description = "A cooperation need of a party", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record NeedView(
        UUID id,
        Party party,
        NeedKind kind,
        Measure measure,
        List<SubArea> subAreas,
        String title,
        @Schema(description = "BCP 47 tag of the title's language, as given; absent when not given", examples = "en") String titleLanguage,
        String description,
        @Schema(description = "BCP 47 tag of the description's language, as given; absent when not given", examples = "en") String descriptionLanguage,
        List<Audience> audiences,
        Integer audienceSize,
        List<Technology> technologies,
        List<IsicSection> sectors,
        List<String> languages,
        LocalDate startsOn,
        LocalDate endsOn,
        NeedStatus status,
        @Schema(description = "The reason given with the last status change; absent while never moved") String statusReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {
}
