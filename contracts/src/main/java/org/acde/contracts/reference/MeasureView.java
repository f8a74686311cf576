package org.acde.contracts.reference;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One measure of the statement with the sub-areas it names. */
@Schema(requiredProperties = { "code", "number", "title", "subAreas" }, description = "A measure of the Joint Statement")
public record MeasureView(
        @Schema(examples = "III") Measure code,
        @Schema(examples = "3") int number,
        @Schema(examples = "Accelerate innovative application of emerging digital technologies") String title,
        List<CodeLabel> subAreas) {

    public static MeasureView of(Measure measure, Locale language) {
        return new MeasureView(measure, measure.number(), measure.label(language),
                measure.subAreas().stream().map(area -> CodeLabel.of(area, language)).toList());
    }
}
