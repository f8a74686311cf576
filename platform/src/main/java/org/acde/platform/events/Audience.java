package org.acde.platform.events;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.acde.contracts.reference.Party;

/**
 * Who may read an event: the same callers who may read the resource it describes, written down when the event is
 * recorded. A reader is {@value #ANYONE}, {@code party:<code>} (an agency or partner of that party),
 * {@code agency:<code>} (an agency of that party) or {@code client:<caller id>} (the owner, as {@code Caller.id()}).
 * The secretariat reads every event, so it is never listed.
 */
public record Audience(Set<String> readers) {

    public static final String ANYONE = "anyone";

    public Audience {
        readers = Set.copyOf(new TreeSet<>(readers));
    }

    /** A resource every caller may read, anonymous ones included. */
    public static Audience anyone() {
        return new Audience(Set.of(ANYONE));
    }

    /** A resource only the secretariat may read, until {@link #and} adds readers. */
    public static Audience secretariat() {
        return new Audience(Set.of());
    }

    public Audience andActingFor(Collection<Party> parties) {
        return and(parties.stream().map(party -> "party:" + party.name()).toList());
    }

    public Audience andAgenciesOf(Collection<Party> parties) {
        return and(parties.stream().map(party -> "agency:" + party.name()).toList());
    }

    public Audience andClient(String callerId) {
        return and(Set.of("client:" + callerId));
    }

    private Audience and(Collection<String> more) {
        var all = new TreeSet<>(readers);
        all.addAll(more);
        return new Audience(all);
    }
}
