package org.acde.initiatives.initiative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.acde.contracts.initiatives.InitiativeQuery;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/** Turns the list filters and the caller's visibility into one HQL condition on alias {@code e}. */
public final class InitiativeFilters {

    private InitiativeFilters() {
    }

    static Keyset.Filter of(InitiativeQuery query, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filters(query, conditions, params);
        visibleTo(caller, conditions, params);
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }

    /** The filters and only what is public, whoever asks: what the platform publishes (IATI). */
    static Keyset.Filter publicOnly(InitiativeQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filters(query, conditions, params);
        conditions.add("e.endorsedAt is not null");
        return new Keyset.Filter(String.join(" and ", conditions), params);
    }

    /**
     * What hangs under one initiative (its milestones, indicators, progress reports) as one HQL condition on alias
     * {@code e}: seen by whoever sees the initiative, which the service checks first with {@link InitiativeAccess#visible}.
     */
    public static Keyset.Filter under(UUID initiativeId) {
        return new Keyset.Filter("e.initiativeId = :initiative", Map.of("initiative", initiativeId));
    }

    /** The initiative's history; the parameter keeps its name, as the cursors already issued are signed for it. */
    static Keyset.Filter history(UUID initiativeId) {
        return new Keyset.Filter("e.initiativeId = :id", Map.of("id", initiativeId));
    }

    private static void filters(InitiativeQuery query, List<String> conditions, Map<String, Object> params) {
        if (query.measure != null) {
            conditions.add("e.measure = :measure");
            params.put("measure", query.measure);
        }
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        if (query.party != null) {
            conditions.add("function('initiative_includes', e.partyMask, :partyBit) = true");
            params.put("partyBit", PartyBits.bit(query.party));
        }
        if (query.leadParty != null) {
            conditions.add("e.leadParty = :leadParty");
            params.put("leadParty", query.leadParty);
        }
        if (query.tag != null && !query.tag.isBlank()) {
            conditions.add("array_contains(e.tags, :tag)");
            params.put("tag", query.tag.strip().toLowerCase(Locale.ROOT));
        }
        if (query.q != null && !query.q.isBlank()) {
            // SQL functions (migration V3) that PostgreSQL inlines into indexable expressions on stored columns.
            conditions.add("function('initiative_matches', e.search, :q) = true");
            params.put("q", query.q);
        }
        if (query.activeOn != null) {
            // The stored "running" range encodes when an initiative runs (see migration V3).
            conditions.add("function('initiative_runs_on', e.running, :activeOn) = true");
            params.put("activeOn", query.activeOn);
        }
        if (query.need != null) {
            conditions.add("array_contains(e.answersNeeds, :need)");
            params.put("need", query.need);
        }
        if (query.updatedSince != null) {
            conditions.add("e.updatedAt >= :updatedSince");
            params.put("updatedSince", query.updatedSince);
        }
    }

    /**
     * Proposals are seen by the secretariat and the agencies of their participating parties; everything endorsed
     * is public.
     */
    private static void visibleTo(Caller caller, List<String> conditions, Map<String, Object> params) {
        if (!caller.isSecretariat()) {
            Keyset.Filter visible = visibility(caller, "e");
            conditions.add(visible.condition());
            params.putAll(visible.params());
        }
    }

    /** {@link #visibleTo} as one HQL condition on the initiative alias {@code alias}. */
    static Keyset.Filter visibility(Caller caller, String alias) {
        if (caller.isSecretariat()) {
            return new Keyset.Filter("true", Map.of());
        }
        if (caller.isAgency() && caller.party().isPresent()) {
            return new Keyset.Filter("(" + alias + ".endorsedAt is not null or function('initiative_includes', " + alias
                    + ".partyMask, :ownPartyBit) = true)", Map.of("ownPartyBit", PartyBits.bit(caller.party().get())));
        }
        return new Keyset.Filter(alias + ".endorsedAt is not null", Map.of());
    }
}
