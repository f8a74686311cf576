package org.acde.events.feed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.acde.contracts.events.EventQuery;
import org.acde.events.access.Readers;

/**
 * The feed's filters and the caller's visibility as one SQL condition, applied by the database while it walks the
 * feed: a page holds as many events as the caller may see and asked for, whenever that many exist.
 *
 * @param sql        {@code and ...} conditions on the {@code event} table, empty for none
 * @param parameters their values in order; a {@code String[]} binds as a {@code text[]}
 */
record EventFilters(String sql, List<Object> parameters) {

    static EventFilters of(EventQuery query, Readers readers) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (query.type != null && !query.type.isEmpty()) {
            sql.append(" and (").append(String.join(" or ", Collections.nCopies(query.type.size(), "starts_with(type, ?)")))
                    .append(')');
            parameters.addAll(query.type);
        }
        if (query.party != null) {
            sql.append(" and parties @> ?");
            parameters.add(new String[] { query.party.name() });
        }
        if (query.subject != null) {
            sql.append(" and subject = ?");
            parameters.add(query.subject);
        }
        if (!readers.everything()) {
            sql.append(" and audience && ?");
            parameters.add(readers.names().toArray(String[]::new));
        }
        return new EventFilters(sql.toString(), parameters);
    }
}
