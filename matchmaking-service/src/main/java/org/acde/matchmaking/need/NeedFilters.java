package org.acde.matchmaking.need;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.contracts.needs.NeedQuery;
import org.acde.contracts.needs.NeedStatus;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/** Turns the list filters and the caller's visibility into one HQL condition on alias {@code e}. */
final class NeedFilters {

    private NeedFilters() {
    }

    static Keyset.Filter of(NeedQuery query, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.party != null) {
            conditions.add("e.party = :party");
            params.put("party", query.party);
        }
        if (query.kind != null) {
            conditions.add("e.kind = :kind");
            params.put("kind", query.kind);
        }
        if (query.measure != null) {
            conditions.add("e.measure = :measure");
            params.put("measure", query.measure);
        }
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        if (query.subArea != null) {
            conditions.add("array_contains(e.subAreas, :subArea)");
            params.put("subArea", query.subArea.name());
        }
        if (query.audience != null) {
            conditions.add("array_contains(e.audiences, :audience)");
            params.put("audience", query.audience.name());
        }
        if (query.technology != null) {
            conditions.add("array_contains(e.technologies, :technology)");
            params.put("technology", query.technology.name());
        }
        // Withdrawn ones, as NeedAccess opens them: the secretariat sees all, an agency its party's, others none.
        if (!caller.isSecretariat()) {
            params.put("withdrawn", NeedStatus.WITHDRAWN);
            if (caller.isAgency() && caller.party().isPresent()) {
                conditions.add("(e.status <> :withdrawn or e.party = :ownParty)");
                params.put("ownParty", caller.party().get());
            } else {
                conditions.add("e.status <> :withdrawn");
            }
        }
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }
}
