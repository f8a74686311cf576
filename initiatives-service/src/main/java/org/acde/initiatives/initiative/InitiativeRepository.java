package org.acde.initiatives.initiative;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

    /** The next ACI-<year>-<n> number for {@code year}, atomically. */
    public int nextCodeNumber(int year) {
        return ((Number) getEntityManager().createNativeQuery("""
                INSERT INTO initiative_code_counter (year, last_value) VALUES (?1, 1)
                ON CONFLICT (year) DO UPDATE SET last_value = initiative_code_counter.last_value + 1
                RETURNING last_value""").setParameter(1, year).getSingleResult()).intValue();
    }
}
