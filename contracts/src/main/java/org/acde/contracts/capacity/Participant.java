package org.acde.contracts.capacity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.Sex;
import org.acde.contracts.reference.StakeholderType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person being enrolled. Name, email and sex are personal data: shown only to those entitled. */
@Schema(description = "A participant")
public record Participant(
        @NotBlank @Size(max = 200) @Schema(examples = "Nguyen Thi Lan") String name,
        @NotNull @Size(max = 254) @Pattern(regexp = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", message = "an email address, e.g. name@example.org") @Schema(examples = "lan.nguyen@example.vn") String email,
        @NotNull @Schema(description = "The party the participant comes from") Party party,
        @NotNull StakeholderType organisationType,
        @Schema(description = "Optional, for sex-disaggregated statistics") Sex sex,
        @AssertTrue(message = "the participant must consent to the processing of their personal data") @Schema(description = "The participant consents to the processing of their personal data for this program") boolean consent) {
}
