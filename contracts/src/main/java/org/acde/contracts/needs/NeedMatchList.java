package org.acde.contracts.needs;

import java.util.List;
import java.util.UUID;

import org.acde.contracts.matchmaking.MatchView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The offers that best fit a need, best first; equal scores in id order. */
@Schema(description = "Ranked offers for a need")
public record NeedMatchList(UUID needId, List<MatchView> items) {
}
