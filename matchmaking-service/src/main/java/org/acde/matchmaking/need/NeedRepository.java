package org.acde.matchmaking.need;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NeedRepository implements PanacheRepositoryBase<Need, UUID> {
}
