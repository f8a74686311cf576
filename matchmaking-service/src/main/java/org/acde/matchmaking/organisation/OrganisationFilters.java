package org.acde.matchmaking.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acde.contracts.matchmaking.EnterpriseQuery;
import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/**
 * Turns the list filters, the kind ({@code null}: every kind) and the caller's visibility into one HQL condition on
 * alias {@code e}.
 */
final class OrganisationFilters {

    private OrganisationFilters() {
    }

    static Keyset.Filter of(EnterpriseQuery query, OrganisationKind kind, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            conditions.add("e.kind = :kind");
            params.put("kind", kind);
        }
        if (query.party != null) {
            conditions.add("e.party = :party");
            params.put("party", query.party);
        }
        if (query.sector != null) {
            conditions.add("array_contains(e.sectors, :sector)");
            params.put("sector", query.sector.name());
        }
        if (query.sizeBand != null) {
            conditions.add("e.sizeBand = :sizeBand");
            params.put("sizeBand", query.sizeBand);
        }
        if (query.verified != null) {
            conditions.add("e.verified = :verified");
            params.put("verified", query.verified);
        }
        // What OrganisationAccess opens, but accepted counterparts (they find those through their interests): the
        // secretariat every organisation, an agency those of its party, anyone else those they registered and still act
        // for the party of.
        if (!caller.isSecretariat()) {
            if (caller.party().isEmpty()) {
                conditions.add("1 = 0");
            } else if (caller.isAgency()) {
                conditions.add("e.party = :ownParty");
                params.put("ownParty", caller.party().get());
            } else {
                conditions.add("(e.ownerClient = :me and e.party = :ownParty)");
                params.put("me", caller.id());
                params.put("ownParty", caller.party().get());
            }
        }
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }
}
