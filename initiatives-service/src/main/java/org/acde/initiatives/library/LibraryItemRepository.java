package org.acde.initiatives.library;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.acde.platform.persistence.Keyset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LibraryItemRepository implements PanacheRepositoryBase<LibraryItem, UUID> {

    /** How many items a text query matches, counted on the narrow {@link LibraryItemTerms} (migration V9). */
    long countText(Keyset.Filter filter) {
        TypedQuery<Long> count = getEntityManager().createQuery(
                "select count(e) from LibraryItemTerms e where " + filter.condition(), Long.class);
        filter.params().forEach(count::setParameter);
        return count.getSingleResult();
    }
}
