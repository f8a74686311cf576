package org.acde.platform.http;

import jakarta.persistence.EntityManager;

import org.hibernate.Hibernate;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * An entity's {@code @Version} as the ETag must say it: Hibernate counts a change into the version only when it
 * flushes, so pending changes of a managed entity are flushed first. This is why no service flushes for its ETag.
 */
final class EntityVersion {

    private EntityVersion() {
    }

    static long current(Object entity) {
        EntityManager em = Panache.getEntityManager(Hibernate.getClass(entity));
        if (em.contains(entity) && em.unwrap(Session.class).isDirty()) {
            em.flush();
        }
        return ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getVersion(entity)).longValue();
    }
}
