package org.acde.contracts.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One group of a statistic: its code, its label and how many fall in it. */
@Schema(description = "A count for one group")
public record CountBy(@Schema(examples = "III") String code, String label, long count) {
}
