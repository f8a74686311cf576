package org.acde.capacity.program;

import static org.acde.contracts.capacity.ProgramStatus.ARCHIVED;
import static org.acde.contracts.capacity.ProgramStatus.DRAFT;
import static org.acde.contracts.capacity.ProgramStatus.PUBLISHED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acde.contracts.capacity.ProgramStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;

/** The allowed status moves: DRAFT → PUBLISHED → ARCHIVED, and DRAFT → ARCHIVED. */
final class ProgramLifecycle {

    private static final Map<ProgramStatus, Set<ProgramStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, ARCHIVED),
            PUBLISHED, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(ProgramStatus.class));

    private ProgramLifecycle() {
    }

    /** 409 naming the allowed moves when {@code from → to} is not one of them. */
    static void check(ProgramStatus from, ProgramStatus to) {
        Set<ProgramStatus> allowed = NEXT.get(from);
        if (!allowed.contains(to)) {
            List<String> names = allowed.stream().map(Enum::name).toList();
            String detail = (from == to ? "The program is already " + from : "A program cannot move from " + from + " to " + to)
                    + (names.isEmpty() ? "; " + from + " is final" : "; allowed: " + String.join(", ", names));
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(),
                    Map.of("currentStatus", from.name(), "allowed", names), Map.of());
        }
    }
}
