package org.acde.initiatives.initiative;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

    /** The initiative with its parties and tags: one query instead of one per collection. */
    public Optional<Initiative> findWhole(UUID id) {
        return find("from Initiative e left join fetch e.participatingParties left join fetch e.tags where e.id = ?1", id)
                .singleResultOptional();
    }

    /** The next ACI-<year>-<n> number for {@code year}, atomically. */
    public int nextCodeNumber(int year) {
        return ((Number) getEntityManager().createNativeQuery("""
                INSERT INTO initiative_code_counter (year, last_value) VALUES (?1, 1)
                ON CONFLICT (year) DO UPDATE SET last_value = initiative_code_counter.last_value + 1
                RETURNING last_value""").setParameter(1, year).getSingleResult()).intValue();
    }
}
