package org.acde.capacity.stats;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import org.acde.contracts.capacity.CapacityStats;
import org.acde.contracts.capacity.CapacityStatsApi;
import org.acde.contracts.reference.Party;

public class StatsResource implements CapacityStatsApi {

    private final CapacityStatistics statistics;

    StatsResource(CapacityStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    @PermitAll
    public CapacityStats stats(Party party, UUID initiativeId) {
        return statistics.stats(party, initiativeId);
    }
}
