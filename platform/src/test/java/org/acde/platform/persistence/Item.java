package org.acde.platform.persistence;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The keyset tests' rows: two sortable fields with ties between rows, so the id has to break them. */
@Entity
public class Item extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID batch;

    public String name;

    public int position;

    static Item of(UUID batch, String name, int position) {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.batch = batch;
        item.name = name;
        item.position = position;
        return item;
    }
}
