package org.acde.initiatives.initiative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.acde.contracts.initiatives.InitiativeQuery;
import org.acde.contracts.initiatives.InitiativeStatus;
import org.acde.contracts.security.Caller;
import org.acde.platform.persistence.Keyset;

/** Turns the list filters and the caller's visibility into one HQL condition on alias {@code e}. */
final class InitiativeFilters {

    private InitiativeFilters() {
    }

    static Keyset.Filter of(InitiativeQuery query, Caller caller) {
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
        if (query.party != null) {
            conditions.add(":party member of e.participatingParties");
            params.put("party", query.party);
        }
        if (query.leadParty != null) {
            conditions.add("e.leadParty = :leadParty");
            params.put("leadParty", query.leadParty);
        }
        if (query.tag != null && !query.tag.isBlank()) {
            conditions.add(":tag member of e.tags");
            params.put("tag", query.tag.strip().toLowerCase(Locale.ROOT));
        }
        if (query.q != null && !query.q.isBlank()) {
            // A SQL function that PostgreSQL inlines into the indexed full-text expression.
            conditions.add("function('initiative_matches', e.title, e.summary, e.objectives, e.targetGroups, :q) = true");
            params.put("q", query.q);
        }
        if (query.activeOn != null) {
            // Running from the actual start (else the planned one) to the actual end; once started and not yet
            // closed it is still running, whatever the plan said; a cancelled initiative never runs.
            conditions.add("e.status <> :cancelled and coalesce(e.actualStart, e.plannedStart) <= :activeOn"
                    + " and (e.actualEnd >= :activeOn or (e.actualEnd is null"
                    + " and (e.actualStart is not null or e.plannedEnd is null or e.plannedEnd >= :activeOn)))");
            params.put("activeOn", query.activeOn);
            params.put("cancelled", InitiativeStatus.CANCELLED);
        }
        if (query.updatedSince != null) {
            conditions.add("e.updatedAt >= :updatedSince");
            params.put("updatedSince", query.updatedSince);
        }
        visibleTo(caller, conditions, params);
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }

    /**
     * Proposals are seen by the secretariat and the agencies of their participating parties; everything endorsed
     * is public.
     */
    private static void visibleTo(Caller caller, List<String> conditions, Map<String, Object> params) {
        if (caller.isSecretariat()) {
            return;
        }
        if (caller.isAgency() && caller.party().isPresent()) {
            conditions.add("(e.endorsedAt is not null or :ownParty member of e.participatingParties)");
            params.put("ownParty", caller.party().get());
        } else {
            conditions.add("e.endorsedAt is not null");
        }
    }
}
