package org.acde.contracts.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.acde.contracts.problem.ProblemException;

/**
 * A parsed {@code sort} parameter: {@code sort=field,-other} sorts by {@code field} ascending, then {@code other}
 * descending. Only the fields a list offers may be named.
 */
public record SortSpec(List<Order> orders) {

    public record Order(String field, boolean descending) {
    }

    public static SortSpec parse(String sort, String defaultSort, Set<String> allowed) {
        String value = sort == null || sort.isBlank() ? defaultSort : sort;
        List<Order> orders = new ArrayList<>();
        for (String part : value.split(",")) {
            String token = part.trim();
            boolean descending = token.startsWith("-");
            String field = descending || token.startsWith("+") ? token.substring(1) : token;
            if (!allowed.contains(field)) {
                throw ProblemException.badField("sort", "cannot sort by '" + abbreviate(field) + "'; sortable: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (orders.stream().anyMatch(order -> order.field().equals(field))) {
                throw ProblemException.badField("sort", "'" + field + "' is named twice");
            }
            orders.add(new Order(field, descending));
        }
        return new SortSpec(List.copyOf(orders));
    }

    /** The canonical form, e.g. {@code title,-createdAt}. */
    @Override
    public String toString() {
        return String.join(",", orders.stream().map(o -> (o.descending() ? "-" : "") + o.field()).toList());
    }

    private static String abbreviate(String field) {
        return field.length() > 40 ? field.substring(0, 40) + "…" : field;
    }
}
