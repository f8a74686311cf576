package org.acde.capacity.program;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {
}
