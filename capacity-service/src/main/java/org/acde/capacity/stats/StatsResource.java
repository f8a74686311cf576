package org.acde.capacity.stats;

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
    public CapacityStats stats(Party party) {
        return statistics.stats(party);
    }
}
