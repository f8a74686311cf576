package org.acde.platform.events;

import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.acde.contracts.reference.Party;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The tests' resource: a change to write in the same transaction as its event. */
@Entity
public class Note extends PanacheEntityBase {

    @Id
    public UUID id;

    public String text;

    /** The public view an event about a note carries. */
    public record View(UUID id, String text) {
    }

    static Note of(String text) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.text = text;
        return note;
    }

    DomainEvent written() {
        return new DomainEvent("org.acde.platform.note.written", "note", id.toString(), "/api/v1/notes/" + id,
                Set.of(Party.VN, Party.CN), Audience.secretariat().andAgenciesOf(Set.of(Party.VN, Party.CN)), new View(id, text));
    }
}
