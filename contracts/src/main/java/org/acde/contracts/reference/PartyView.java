package org.acde.contracts.reference;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party as it stood on a given date. */
@Schema(requiredProperties = { "code", "name", "group" }, description = "A party to ASEAN–China digital cooperation")
public record PartyView(
        @Schema(description = "ISO 3166-1 alpha-2 code", examples = "VN") Party code,
        @Schema(examples = "Viet Nam") String name,
        PartyGroup group,
        @Schema(description = "ASEAN standing on the requested date; absent for China") AseanStatus aseanStatus,
        @Schema(description = "Date of admission to ASEAN") LocalDate aseanMemberFrom,
        @Schema(description = "Date observer status was granted, where there was one") LocalDate aseanObserverFrom) {

    public static PartyView of(Party party, LocalDate asOf, Locale language) {
        return new PartyView(party, party.label(language), party.group(), party.aseanStatusOn(asOf).orElse(null),
                party.aseanMemberFrom().orElse(null), party.aseanObserverFrom().orElse(null));
    }
}
