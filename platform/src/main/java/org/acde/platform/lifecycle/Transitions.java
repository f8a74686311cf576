package org.acde.platform.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;

/**
 * The status moves a client may ask of one kind of resource, and the one 409 every refused move answers: its
 * {@code detail} names the move and what is allowed instead, its extensions carry {@code currentStatus} and
 * {@code allowed}. A status with no moves listed is final.
 */
public final class Transitions<S extends Enum<S>> {

    private final String kind;
    private final Map<S, Set<S>> next;
    private final Map<S, String> notes;

    private Transitions(String kind, Map<S, Set<S>> next, Map<S, String> notes) {
        this.kind = kind;
        this.next = next;
        this.notes = notes;
    }

    /** A table for resources called {@code kind} in problem details ("initiative", "library item"). */
    public static <S extends Enum<S>> Builder<S> of(Class<S> statuses, String kind) {
        return new Builder<>(statuses, kind);
    }

    /** The moves from {@code from}, in the order the statuses are declared. */
    public Set<S> allowed(S from) {
        return next.get(from);
    }

    public boolean isFinal(S status) {
        return next.get(status).isEmpty();
    }

    /** 409 naming the allowed moves when {@code from → to} is not one of them. */
    public void require(S from, S to) {
        Set<S> allowed = allowed(from);
        if (allowed.contains(to)) {
            return;
        }
        List<String> names = allowed.stream().map(Enum::name).toList();
        String detail = (from == to ? "The " + kind + " is already " + from
                : article() + " " + kind + " cannot move from " + from + " to " + to)
                + (notes.containsKey(to) ? "; " + notes.get(to) : "")
                + (names.isEmpty() ? "; " + from + " is final" : "; allowed: " + String.join(", ", names));
        throw new ProblemException(ProblemType.CONFLICT, detail, List.of(),
                Map.of("currentStatus", from.name(), "allowed", names), Map.of());
    }

    private String article() {
        return "aeiou".indexOf(kind.charAt(0)) >= 0 ? "An" : "A";
    }

    public static final class Builder<S extends Enum<S>> {

        private final Class<S> statuses;
        private final String kind;
        private final Map<S, Set<S>> next;
        private final Map<S, String> notes;

        private Builder(Class<S> statuses, String kind) {
            this.statuses = statuses;
            this.kind = kind;
            this.next = new EnumMap<>(statuses);
            this.notes = new EnumMap<>(statuses);
            for (S status : statuses.getEnumConstants()) {
                next.put(status, EnumSet.noneOf(statuses));
            }
        }

        @SafeVarargs
        public final Builder<S> from(S from, S... to) {
            next.get(from).addAll(List.of(to));
            return this;
        }

        /** Said in the detail of a refused move to {@code to}, e.g. that the service makes that move itself. */
        public Builder<S> note(S to, String note) {
            notes.put(to, note);
            return this;
        }

        public Transitions<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(statuses);
            next.forEach((from, to) -> frozen.put(from, Collections.unmodifiableSet(EnumSet.copyOf(to))));
            return new Transitions<>(kind, frozen, Map.copyOf(notes));
        }
    }
}
