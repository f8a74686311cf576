package org.acde.initiatives.initiative;

import static org.acde.contracts.initiatives.InitiativeStatus.ACTIVE;
import static org.acde.contracts.initiatives.InitiativeStatus.CANCELLED;
import static org.acde.contracts.initiatives.InitiativeStatus.CLOSED;
import static org.acde.contracts.initiatives.InitiativeStatus.ENDORSED;
import static org.acde.contracts.initiatives.InitiativeStatus.FINALISING;
import static org.acde.contracts.initiatives.InitiativeStatus.PROPOSED;
import static org.acde.contracts.initiatives.InitiativeStatus.SUSPENDED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acde.contracts.initiatives.InitiativeStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;

/**
 * The allowed status moves: PROPOSED → ENDORSED → ACTIVE → FINALISING → CLOSED; ACTIVE ⇄ SUSPENDED; PROPOSED,
 * ENDORSED or SUSPENDED → CANCELLED.
 */
final class Lifecycle {

    private static final Map<InitiativeStatus, Set<InitiativeStatus>> NEXT = new EnumMap<>(InitiativeStatus.class);

    static {
        NEXT.put(PROPOSED, EnumSet.of(ENDORSED, CANCELLED));
        NEXT.put(ENDORSED, EnumSet.of(ACTIVE, CANCELLED));
        NEXT.put(ACTIVE, EnumSet.of(FINALISING, SUSPENDED));
        NEXT.put(SUSPENDED, EnumSet.of(ACTIVE, CANCELLED));
        NEXT.put(FINALISING, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(InitiativeStatus.class));
        NEXT.put(CANCELLED, EnumSet.noneOf(InitiativeStatus.class));
    }

    private Lifecycle() {
    }

    static Set<InitiativeStatus> allowedFrom(InitiativeStatus status) {
        return NEXT.get(status);
    }

    /** 409 naming the allowed moves when {@code from → to} is not one of them. */
    static void check(InitiativeStatus from, InitiativeStatus to) {
        Set<InitiativeStatus> allowed = allowedFrom(from);
        if (!allowed.contains(to)) {
            List<String> names = allowed.stream().map(Enum::name).toList();
            String detail = from == to ? "The initiative is already " + from
                    : "An initiative cannot move from " + from + " to " + to;
            detail += names.isEmpty() ? "; " + from + " is final" : "; allowed: " + String.join(", ", names);
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(),
                    Map.of("currentStatus", from.name(), "allowed", names), Map.of());
        }
    }
}
