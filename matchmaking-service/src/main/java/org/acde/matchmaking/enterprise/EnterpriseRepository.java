package org.acde.matchmaking.enterprise;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EnterpriseRepository implements PanacheRepositoryBase<Enterprise, UUID> {
}
