package org.acde.initiatives.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.acde.contracts.library.LibraryItemQuery;
import org.acde.initiatives.initiative.PartyBits;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/**
 * Turns the list filters and the caller's visibility into one HQL condition on alias {@code e}, with the SQL
 * functions PostgreSQL inlines into indexable expressions (migrations V3 and V6) and {@code array_contains} on the
 * GIN-indexed arrays (V13), as initiatives do.
 */
final class LibraryItemFilters {

    private LibraryItemFilters() {
    }

    /** The condition on {@link LibraryItem}: the list's rows; q with initiatives' search function (V3). */
    static Keyset.Filter of(LibraryItemQuery query, Caller caller) {
        return of(query, caller, "function('initiative_matches', e.search, :q) = true");
    }

    /** The same condition on {@link LibraryItemTerms}: the total of a text query (migration V9). */
    static Keyset.Filter forTotal(LibraryItemQuery query, Caller caller) {
        return of(query, caller, "function('library_terms_match', e.terms, :q) = true");
    }

    static boolean hasText(LibraryItemQuery query) {
        return query.q != null && !query.q.isBlank();
    }

    private static Keyset.Filter of(LibraryItemQuery query, Caller caller, String textCondition) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filters(query, conditions, params);
        if (hasText(query)) {
            conditions.add(textCondition);
            params.put("q", query.q);
        }
        visibleTo(caller, conditions, params);
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }

    private static void filters(LibraryItemQuery query, List<String> conditions, Map<String, Object> params) {
        if (query.documentType != null) {
            conditions.add("e.documentType = :documentType");
            params.put("documentType", query.documentType);
        }
        if (query.measure != null) {
            conditions.add("e.measure = :measure");
            params.put("measure", query.measure);
        }
        if (query.subArea != null) {
            // By name: array_contains types its element by the enum alone (ordinal), not by the column's @Enumerated.
            conditions.add("array_contains(e.subAreas, :subArea)");
            params.put("subArea", query.subArea.name());
        }
        if (query.party != null) {
            conditions.add("function('initiative_includes', e.partyMask, :partyBit) = true");
            params.put("partyBit", PartyBits.bit(query.party));
        }
        if (query.language != null) {
            // RFC 4647 basic filtering: the tag itself or a longer one it prefixes (zh → zh-Hans). The tag's syntax
            // is checked (@LanguageTag), so it holds no LIKE wildcard.
            String range = query.language.toLowerCase(Locale.ROOT);
            conditions.add("(e.languageKey = :language or e.languageKey like :languagePrefix)");
            params.put("language", range);
            params.put("languagePrefix", range + "-%");
        }
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        if (query.relatedInitiative != null) {
            conditions.add("array_contains(e.relatedInitiatives, :relatedInitiative)");
            params.put("relatedInitiative", query.relatedInitiative);
        }
        if (query.publishedFrom != null) {
            conditions.add("e.publicationDate >= :publishedFrom");
            params.put("publishedFrom", query.publishedFrom);
        }
        if (query.publishedTo != null) {
            conditions.add("e.publicationDate <= :publishedTo");
            params.put("publishedTo", query.publishedTo);
        }
    }

    /** Drafts are seen by the secretariat and the agencies of their parties; everything published is public. */
    private static void visibleTo(Caller caller, List<String> conditions, Map<String, Object> params) {
        if (caller.isSecretariat()) {
            return;
        }
        if (caller.isAgency() && caller.party().isPresent()) {
            conditions.add("(e.publishedAt is not null or function('initiative_includes', e.partyMask, :ownPartyBit) = true)");
            params.put("ownPartyBit", PartyBits.bit(caller.party().get()));
        } else {
            conditions.add("e.publishedAt is not null");
        }
    }
}
