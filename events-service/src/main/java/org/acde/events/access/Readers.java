package org.acde.events.access;

import java.util.LinkedHashSet;
import java.util.Set;

import org.acde.kernel.security.Caller;
import org.acde.platform.events.Audience;

/**
 * The reader names a caller answers to, matched against an event's audience ({@link Audience}):
 * an event is visible when the two share a name, and every event is visible to the secretariat.
 */
public record Readers(boolean everything, Set<String> names) {

    public Readers {
        names = Set.copyOf(names);
    }

    public static Readers of(Caller caller) {
        var names = new LinkedHashSet<String>();
        names.add(Audience.ANYONE);
        if (!caller.isAnonymous()) {
            names.add("client:" + caller.id());
        }
        caller.party().ifPresent(party -> {
            names.add("party:" + party.name());
            if (caller.isAgency()) {
                names.add("agency:" + party.name());
            }
        });
        return new Readers(caller.isSecretariat(), names);
    }

    public boolean see(Set<String> audience) {
        return everything || audience.stream().anyMatch(names::contains);
    }
}
