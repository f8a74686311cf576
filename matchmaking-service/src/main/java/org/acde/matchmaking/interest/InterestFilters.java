package org.acde.matchmaking.interest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.contracts.matchmaking.InterestQuery;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/** Turns the list filters and the caller's visibility into one HQL condition on alias {@code e}. */
final class InterestFilters {

    private InterestFilters() {
    }

    static Keyset.Filter of(InterestQuery query, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        if (query.opportunityId != null) {
            conditions.add("e.opportunityId = :opportunityId");
            params.put("opportunityId", query.opportunityId);
        }
        if (query.initiativeId != null) {
            conditions.add("e.opportunityId in (select o.id from Opportunity o where o.initiativeId = :initiativeId)");
            params.put("initiativeId", query.initiativeId);
        }
        if (query.enterpriseId != null) {
            conditions.add("(e.enterpriseId = :enterpriseId or e.opportunityEnterpriseId = :enterpriseId)");
            params.put("enterpriseId", query.enterpriseId);
        }
        // As InterestAccess opens them: the secretariat sees all, an agency those touching its party, others their own.
        if (!caller.isSecretariat()) {
            params.put("me", caller.id());
            if (caller.isAgency() && caller.party().isPresent()) {
                conditions.add("(e.opportunityOwner = :me or e.interestedOwner = :me"
                        + " or e.enterpriseId in (select x.id from Organisation x where x.party = :ownParty)"
                        + " or e.opportunityEnterpriseId in (select y.id from Organisation y where y.party = :ownParty))");
                params.put("ownParty", caller.party().get());
            } else {
                conditions.add("(e.opportunityOwner = :me or e.interestedOwner = :me)");
            }
        }
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }
}
