package org.acde.platform.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.acde.contracts.http.SortSpec;
import org.acde.contracts.paging.Page;
import org.acde.contracts.problem.ProblemException;
import org.acde.kernel.paging.CursorCodec;

/**
 * Keyset paging for one entity: pages are read with {@code WHERE (sort keys) after (last row's keys)}, so page 500
 * costs what page 1 costs, and the cursor carries the last row's keys, signed for the exact filters and sort.
 * Sortable fields must be non-null; the id breaks ties.
 */
public final class Keyset<E> {

    /** A sortable field: its API name, its HQL path on alias {@code e}, how to read it back from a cursor and a row. */
    public record Field<E>(String name, String path, Function<String, Object> parse, Function<E, Object> value) {
    }

    private final Class<E> entity;
    private final Map<String, Field<E>> fields;
    private final Field<E> id;
    private final String defaultSort;

    private Keyset(Class<E> entity, Map<String, Field<E>> fields, Field<E> id, String defaultSort) {
        this.entity = entity;
        this.fields = fields;
        this.id = id;
        this.defaultSort = defaultSort;
    }

    public static <E> Builder<E> of(Class<E> entity) {
        return new Builder<>(entity);
    }

    public SortSpec sort(String sort) {
        return SortSpec.parse(sort, defaultSort, fields.keySet());
    }

    /**
     * One page of the rows matching {@code filter}.
     *
     * @param filter an HQL condition on alias {@code e} (e.g. {@code e.measure = :measure}) with its parameters
     */
    public Page<E> page(EntityManager em, CursorCodec cursors, Filter filter, SortSpec sort, String cursor, int limit) {
        return read(em, cursors, filter, sort, cursor, limit, true);
    }

    /** Like {@link #page} without counting, for walking a whole result set slice by slice; {@code total} is -1. */
    public Page<E> slice(EntityManager em, CursorCodec cursors, Filter filter, SortSpec sort, String cursor, int limit) {
        return read(em, cursors, filter, sort, cursor, limit, false);
    }

    private Page<E> read(EntityManager em, CursorCodec cursors, Filter filter, SortSpec sort, String cursor, int limit,
            boolean count) {
        List<Field<E>> keys = new ArrayList<>();
        sort.orders().forEach(order -> keys.add(fields.get(order.field())));
        keys.add(id);
        List<Boolean> descending = new ArrayList<>(sort.orders().stream().map(SortSpec.Order::descending).toList());
        descending.add(false);

        String binding = entity.getSimpleName() + "|" + filter.canonical() + "|" + sort;
        Map<String, Object> params = new LinkedHashMap<>(filter.params());
        StringBuilder where = new StringBuilder(filter.condition());
        if (cursor != null && !cursor.isEmpty()) {
            List<String> last = cursors.decode(binding, cursor);
            if (last.size() != keys.size()) {
                throw ProblemException.badField("cursor", "not a cursor issued for this query; start again without it");
            }
            where.append(" and (").append(after(keys, descending, last, params)).append(')');
        }
        String order = String.join(", ", orderBy(keys, descending));

        TypedQuery<E> query = em.createQuery("select e from " + entity.getSimpleName() + " e where " + where
                + " order by " + order, entity);
        params.forEach(query::setParameter);
        List<E> rows = query.setMaxResults(limit + 1).getResultList();

        long total = count ? count(em, filter) : -1;

        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            E lastRow = rows.get(limit - 1);
            next = cursors.encode(binding, keys.stream().map(key -> String.valueOf(key.value().apply(lastRow))).toList());
        }
        return new Page<>(List.copyOf(rows), next, total);
    }

    private long count(EntityManager em, Filter filter) {
        TypedQuery<Long> count = em.createQuery("select count(e) from " + entity.getSimpleName() + " e where "
                + filter.condition(), Long.class);
        filter.params().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * The rows after the last one. All keys in one direction: the row comparison {@code (k1, k2) > (v1, v2)}, which
     * PostgreSQL bounds an index scan with (the expanded form below only filters it, so slice n of an export read n
     * slices of rows). Mixed directions: {@code (k1 after v1) or (k1 = v1 and k2 after v2) or ...}, "after" meaning >
     * ascending, < descending. Sort keys are non-null, so both forms mean the same.
     */
    private static <E> String after(List<Field<E>> keys, List<Boolean> descending, List<String> last,
            Map<String, Object> params) {
        for (int j = 0; j < keys.size(); j++) {
            params.put("keyset" + j, keys.get(j).parse().apply(last.get(j)));
        }
        if (descending.stream().distinct().count() == 1) {
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int j = 0; j < keys.size(); j++) {
                columns.add("e." + keys.get(j).path());
                values.add(":keyset" + j);
            }
            return "(" + String.join(", ", columns) + ") " + (descending.get(0) ? "<" : ">") + " ("
                    + String.join(", ", values) + ")";
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                String operator = j < i ? "=" : descending.get(j) ? "<" : ">";
                terms.add("e." + keys.get(j).path() + " " + operator + " :keyset" + j);
            }
            alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        return String.join(" or ", alternatives);
    }

    private static <E> List<String> orderBy(List<Field<E>> keys, List<Boolean> descending) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            order.add("e." + keys.get(i).path() + (descending.get(i) ? " desc" : " asc"));
        }
        return order;
    }

    /** An HQL condition on alias {@code e} and its named parameters. */
    public record Filter(String condition, Map<String, Object> params) {

        public static Filter all() {
            return new Filter("true", Map.of());
        }

        /** Filters and values in a stable order, so equal filters bind cursors equally. */
        String canonical() {
            return condition + new TreeMap<>(params.entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> String.valueOf(entry.getValue()))));
        }
    }

    public static final class Builder<E> {

        private final Class<E> entity;
        private final Map<String, Field<E>> fields = new LinkedHashMap<>();
        private Field<E> id;
        private String defaultSort;

        private Builder(Class<E> entity) {
            this.entity = entity;
        }

        public Builder<E> field(String name, String path, Function<String, Object> parse, Function<E, Object> value) {
            fields.put(name, new Field<>(name, path, parse, value));
            return this;
        }

        public Builder<E> id(String path, Function<String, Object> parse, Function<E, Object> value) {
            this.id = new Field<>("id", path, parse, value);
            return this;
        }

        public Builder<E> defaultSort(String sort) {
            this.defaultSort = sort;
            return this;
        }

        public Keyset<E> build() {
            return new Keyset<>(entity, Map.copyOf(fields), id, defaultSort);
        }
    }
}
