package org.acde.capacity.cohort;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.acde.contracts.capacity.SeatQuota;
import org.acde.contracts.reference.Party;

/**
 * How a cohort's seats divide into buckets: one per quota party (its reserved seats) and {@value #OPEN} (the rest,
 * for every party). A newcomer takes a free reserved seat of their party first, else a free open seat, else waits.
 */
public final class SeatPlan {

    public static final String OPEN = "OPEN";

    private final int seats;
    private final Map<Party, Integer> quotas = new EnumMap<>(Party.class);

    public SeatPlan(int seats, List<SeatQuota> quotas) {
        this.seats = seats;
        quotas.forEach(quota -> this.quotas.put(quota.party(), quota.seats()));
    }

    public int openSeats() {
        return seats - quotas.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The bucket a newcomer of {@code party} gets, given the seats taken per bucket; empty when all are taken. */
    public Optional<String> seatFor(Party party, Map<String, Long> taken) {
        Integer reserved = quotas.get(party);
        if (reserved != null && taken.getOrDefault(party.name(), 0L) < reserved) {
            return Optional.of(party.name());
        }
        if (taken.getOrDefault(OPEN, 0L) < openSeats()) {
            return Optional.of(OPEN);
        }
        return Optional.empty();
    }
}
