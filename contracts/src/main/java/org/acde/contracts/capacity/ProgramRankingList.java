package org.acde.contracts.capacity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Programs ranked for a need profile, best first. */
@Schema(requiredProperties = "items", description = "Programs ranked for a need profile, best first")
public record ProgramRankingList(List<ProgramRanking> items) {
}
