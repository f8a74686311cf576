package org.acde.matchmaking.opportunity;

import static org.acde.contracts.matchmaking.OpportunityStatus.DRAFT;
import static org.acde.contracts.matchmaking.OpportunityStatus.EXPIRED;
import static org.acde.contracts.matchmaking.OpportunityStatus.FULFILLED;
import static org.acde.contracts.matchmaking.OpportunityStatus.PUBLISHED;
import static org.acde.contracts.matchmaking.OpportunityStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acde.contracts.matchmaking.OpportunityStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;

/**
 * The moves a client may make: DRAFT → PUBLISHED | WITHDRAWN, PUBLISHED → WITHDRAWN | FULFILLED. PUBLISHED → EXPIRED
 * is made by the service itself once {@code expiresOn} has passed.
 */
final class OpportunityLifecycle {

    private static final Map<OpportunityStatus, Set<OpportunityStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, WITHDRAWN),
            PUBLISHED, EnumSet.of(WITHDRAWN, FULFILLED),
            EXPIRED, EnumSet.noneOf(OpportunityStatus.class),
            WITHDRAWN, EnumSet.noneOf(OpportunityStatus.class),
            FULFILLED, EnumSet.noneOf(OpportunityStatus.class));

    private OpportunityLifecycle() {
    }

    static void check(OpportunityStatus from, OpportunityStatus to) {
        Set<OpportunityStatus> allowed = NEXT.get(from);
        if (!allowed.contains(to)) {
            List<String> names = allowed.stream().map(Enum::name).toList();
            String detail = (from == to ? "The opportunity is already " + from : "An opportunity cannot move from " + from + " to " + to)
                    + (to == EXPIRED ? "; it expires by itself after expiresOn" : "")
                    + (names.isEmpty() ? "; " + from + " is final" : "; allowed: " + String.join(", ", names));
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(),
                    Map.of("currentStatus", from.name(), "allowed", names), Map.of());
        }
    }
}
