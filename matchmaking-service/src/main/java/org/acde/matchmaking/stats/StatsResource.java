package org.acde.matchmaking.stats;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import org.acde.contracts.matchmaking.MatchmakingStats;
import org.acde.contracts.matchmaking.MatchmakingStatsApi;
import org.acde.contracts.reference.Party;

public class StatsResource implements MatchmakingStatsApi {

    private final MatchmakingStatistics statistics;

    StatsResource(MatchmakingStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    @PermitAll
    public MatchmakingStats stats(Party party, UUID initiativeId) {
        return statistics.stats(party, initiativeId);
    }
}
