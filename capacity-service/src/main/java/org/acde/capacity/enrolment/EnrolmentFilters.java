package org.acde.capacity.enrolment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.contracts.capacity.EnrolmentQuery;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/**
 * Turns a cohort's list filters and the caller's visibility into one HQL condition on alias {@code e}: as
 * {@link EnrolmentAccess} opens them, the provider's side sees every enrolment, others those of their own party.
 */
final class EnrolmentFilters {

    private EnrolmentFilters() {
    }

    static Keyset.Filter of(EnrolmentQuery query, Caller caller, UUID cohortId, boolean provider) {
        List<String> conditions = new ArrayList<>(List.of("e.cohortId = :cohort"));
        Map<String, Object> params = new HashMap<>(Map.of("cohort", cohortId));
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        if (query.party != null) {
            conditions.add("e.party = :party");
            params.put("party", query.party);
        }
        if (!provider) {
            conditions.add("e.party = :ownParty");
            params.put("ownParty", caller.requireParty());
        }
        return new Keyset.Filter(String.join(" and ", conditions), params);
    }
}
