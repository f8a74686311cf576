package org.acde.contracts.matchmaking;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How to reach an enterprise. Private: shown only to the enterprise's owner, an agency of its party, the secretariat,
 * and the other side of an expression of interest the owner accepted.
 */
@Schema(description = "A private contact; shown only to those entitled")
public record Contact(
        @NotBlank @Size(max = 200) @Schema(examples = "Nguyen Thi Lan") String person,
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+") @Schema(examples = "lan@example.vn") String email,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()-]{4,40}$", message = "digits, spaces, parentheses and hyphens, optionally after a +") @Schema(examples = "+84 24 1234 5678") String phone) {
}
