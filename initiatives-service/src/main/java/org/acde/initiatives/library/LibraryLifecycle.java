package org.acde.initiatives.library;

import static org.acde.contracts.library.LibraryItemStatus.DRAFT;
import static org.acde.contracts.library.LibraryItemStatus.PUBLISHED;
import static org.acde.contracts.library.LibraryItemStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acde.contracts.library.LibraryItemStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;

/** The allowed status moves: DRAFT → PUBLISHED → WITHDRAWN; a draft is deleted rather than withdrawn. */
final class LibraryLifecycle {

    private static final Map<LibraryItemStatus, Set<LibraryItemStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.of(WITHDRAWN),
            WITHDRAWN, EnumSet.noneOf(LibraryItemStatus.class));

    private LibraryLifecycle() {
    }

    /** 409 naming the allowed moves when {@code from → to} is not one of them. */
    static void check(LibraryItemStatus from, LibraryItemStatus to) {
        Set<LibraryItemStatus> allowed = NEXT.get(from);
        if (!allowed.contains(to)) {
            List<String> names = allowed.stream().map(Enum::name).toList();
            String detail = (from == to ? "The library item is already " + from
                    : "A library item cannot move from " + from + " to " + to)
                    + (names.isEmpty() ? "; " + from + " is final" : "; allowed: " + String.join(", ", names));
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(),
                    Map.of("currentStatus", from.name(), "allowed", names), Map.of());
        }
    }
}
