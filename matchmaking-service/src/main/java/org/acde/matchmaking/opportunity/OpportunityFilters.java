package org.acde.matchmaking.opportunity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.contracts.matchmaking.OpportunityQuery;
import org.acde.contracts.matchmaking.OpportunityStatus;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/** Turns the list filters and the caller's visibility into one HQL condition on alias {@code e}. */
final class OpportunityFilters {

    private OpportunityFilters() {
    }

    static Keyset.Filter of(OpportunityQuery query, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.type != null) {
            conditions.add("e.type = :type");
            params.put("type", query.type);
        }
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        if (query.party != null) {
            conditions.add("e.party = :party");
            params.put("party", query.party);
        }
        if (query.technology != null) {
            conditions.add("array_contains(e.technologies, :technology)");
            params.put("technology", query.technology.name());
        }
        if (query.sector != null) {
            conditions.add("array_contains(e.sectors, :sector)");
            params.put("sector", query.sector.name());
        }
        if (query.measure != null) {
            conditions.add("e.measure = :measure");
            params.put("measure", query.measure);
        }
        if (query.initiativeId != null) {
            conditions.add("e.initiativeId = :initiativeId");
            params.put("initiativeId", query.initiativeId);
        }
        if (query.need != null) {
            conditions.add("array_contains(e.answersNeeds, :need)");
            params.put("need", query.need);
        }
        if (query.enterpriseId != null) {
            conditions.add("e.enterpriseId = :enterpriseId");
            params.put("enterpriseId", query.enterpriseId);
        }
        // Unpublished ones, as OpportunityAccess opens them: the secretariat sees all, an agency its party's, an owner
        // those of its enterprises while it acts for their party, the public none.
        if (!caller.isSecretariat()) {
            params.put("published", OpportunityStatus.PUBLISHED);
            if (caller.party().isEmpty()) {
                conditions.add("e.status = :published");
            } else if (caller.isAgency()) {
                conditions.add("(e.status = :published or e.party = :ownParty)");
                params.put("ownParty", caller.party().get());
            } else {
                conditions.add("(e.status = :published or (e.ownerClient = :me and e.party = :ownParty))");
                params.put("me", caller.id());
                params.put("ownParty", caller.party().get());
            }
        }
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }
}
