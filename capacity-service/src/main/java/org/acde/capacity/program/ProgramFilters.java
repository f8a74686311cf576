package org.acde.capacity.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.contracts.capacity.ProgramQuery;
import org.acde.contracts.capacity.ProgramStatus;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/** Turns the list filters and the caller's visibility into one HQL condition on alias {@code e}. */
final class ProgramFilters {

    private ProgramFilters() {
    }

    static Keyset.Filter of(ProgramQuery query, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.measure != null) {
            conditions.add("e.measure = :measure");
            params.put("measure", query.measure);
        }
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        if (query.providerParty != null) {
            conditions.add("e.providerParty = :providerParty");
            params.put("providerParty", query.providerParty);
        }
        if (query.need != null) {
            conditions.add("array_contains(e.answersNeeds, :need)");
            params.put("need", query.need);
        }
        if (query.initiativeId != null) {
            conditions.add("e.initiativeId = :initiativeId");
            params.put("initiativeId", query.initiativeId);
        }
        if (query.topic != null) {
            // By name: array_contains types its element by the enum alone (ordinal), not by the column's @Enumerated.
            conditions.add("array_contains(e.topics, :topic)");
            params.put("topic", query.topic.name());
        }
        if (query.audience != null) {
            conditions.add("array_contains(e.audiences, :audience)");
            params.put("audience", query.audience.name());
        }
        // Drafts: the secretariat sees all, a party client its own party's, anyone else none.
        if (!caller.isSecretariat()) {
            params.put("draft", ProgramStatus.DRAFT);
            if (caller.party().isPresent()) {
                conditions.add("(e.status <> :draft or e.providerParty = :ownParty)");
                params.put("ownParty", caller.party().get());
            } else {
                conditions.add("e.status <> :draft");
            }
        }
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }
}
