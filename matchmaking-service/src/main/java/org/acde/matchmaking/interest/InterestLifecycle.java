package org.acde.matchmaking.interest;

import static org.acde.contracts.matchmaking.InterestStatus.ACCEPTED;
import static org.acde.contracts.matchmaking.InterestStatus.AGREEMENT_SIGNED;
import static org.acde.contracts.matchmaking.InterestStatus.CLOSED;
import static org.acde.contracts.matchmaking.InterestStatus.DECLINED;
import static org.acde.contracts.matchmaking.InterestStatus.EXPIRED;
import static org.acde.contracts.matchmaking.InterestStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acde.contracts.matchmaking.InterestStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;

/** SUBMITTED → ACCEPTED | DECLINED (EXPIRED by the service), ACCEPTED → AGREEMENT_SIGNED | CLOSED. */
final class InterestLifecycle {

    private static final Map<InterestStatus, Set<InterestStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(ACCEPTED, DECLINED),
            ACCEPTED, EnumSet.of(AGREEMENT_SIGNED, CLOSED),
            DECLINED, EnumSet.noneOf(InterestStatus.class),
            EXPIRED, EnumSet.noneOf(InterestStatus.class),
            AGREEMENT_SIGNED, EnumSet.noneOf(InterestStatus.class),
            CLOSED, EnumSet.noneOf(InterestStatus.class));

    private InterestLifecycle() {
    }

    static void check(InterestStatus from, InterestStatus to) {
        Set<InterestStatus> allowed = NEXT.get(from);
        if (!allowed.contains(to)) {
            List<String> names = allowed.stream().map(Enum::name).toList();
            String detail = (from == to ? "The interest is already " + from : "An interest cannot move from " + from + " to " + to)
                    + (names.isEmpty() ? "; " + from + " is final" : "; allowed: " + String.join(", ", names));
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(),
                    Map.of("currentStatus", from.name(), "allowed", names), Map.of());
        }
    }
}
