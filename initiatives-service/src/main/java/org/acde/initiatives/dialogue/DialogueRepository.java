package org.acde.initiatives.dialogue;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DialogueRepository implements PanacheRepositoryBase<Dialogue, UUID> {
}
