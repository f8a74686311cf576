package org.acde.initiatives.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.contracts.dialogues.DialogueQuery;
import org.acde.platform.persistence.Keyset;

/** Turns the list filters into one HQL condition on alias {@code e}. Dialogues are public: no visibility rule. */
final class DialogueFilters {

    private DialogueFilters() {
    }

    static Keyset.Filter of(DialogueQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.kind != null) {
            conditions.add("e.kind = :kind");
            params.put("kind", query.kind);
        }
        if (query.party != null) {
            // By name: array_contains types its element by the enum alone (ordinal), not by the column's @Enumerated.
            conditions.add("array_contains(e.participatingParties, :party)");
            params.put("party", query.party.name());
        }
        if (query.hostParty != null) {
            conditions.add("e.hostParty = :hostParty");
            params.put("hostParty", query.hostParty);
        }
        if (query.from != null) {
            conditions.add("e.endDate >= :from");
            params.put("from", query.from);
        }
        if (query.to != null) {
            conditions.add("e.startDate <= :to");
            params.put("to", query.to);
        }
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }
}
