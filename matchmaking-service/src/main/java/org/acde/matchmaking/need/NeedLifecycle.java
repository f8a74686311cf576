package org.acde.matchmaking.need;

import static org.acde.contracts.needs.NeedStatus.BEING_ANSWERED;
import static org.acde.contracts.needs.NeedStatus.MET;
import static org.acde.contracts.needs.NeedStatus.OPEN;
import static org.acde.contracts.needs.NeedStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acde.contracts.needs.NeedStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;

/** The moves: OPEN → BEING_ANSWERED | MET | WITHDRAWN, BEING_ANSWERED → OPEN | MET | WITHDRAWN; MET and WITHDRAWN are final. */
final class NeedLifecycle {

    private static final Map<NeedStatus, Set<NeedStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(BEING_ANSWERED, MET, WITHDRAWN),
            BEING_ANSWERED, EnumSet.of(OPEN, MET, WITHDRAWN),
            MET, EnumSet.noneOf(NeedStatus.class),
            WITHDRAWN, EnumSet.noneOf(NeedStatus.class));

    private NeedLifecycle() {
    }

    static boolean changeable(NeedStatus status) {
        return !NEXT.get(status).isEmpty();
    }

    static void check(NeedStatus from, NeedStatus to) {
        Set<NeedStatus> allowed = NEXT.get(from);
        if (!allowed.contains(to)) {
            List<String> names = allowed.stream().map(Enum::name).toList();
            String detail = (from == to ? "The need is already " + from : "A need cannot move from " + from + " to " + to)
                    + (names.isEmpty() ? "; " + from + " is final" : "; allowed: " + String.join(", ", names));
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(),
                    Map.of("currentStatus", from.name(), "allowed", names), Map.of());
        }
    }
}
