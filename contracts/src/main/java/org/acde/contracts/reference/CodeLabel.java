package org.acde.contracts.reference;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference code with its label in the answer's language. */
@Schema(description = "A code with its label")
public record CodeLabel(
        @Schema(examples = "K") String code,
        @Schema(examples = "Telecommunications, computer programming, consultancy, computing infrastructure, and other information service activities") String label) {

    public static CodeLabel of(Coded coded, Locale language) {
        return new CodeLabel(coded.code(), coded.label(language));
    }
}
