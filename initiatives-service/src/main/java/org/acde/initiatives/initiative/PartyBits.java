package org.acde.initiatives.initiative;

import java.util.Collection;

import org.acde.contracts.reference.Party;

/** Parties as bits of an int, in the enum's order (which migration V3 repeats: it must never change). */
public final class PartyBits {

    private PartyBits() {
    }

    public static int bit(Party party) {
        return 1 << party.ordinal();
    }

    public static int of(Collection<Party> parties) {
        int mask = 0;
        for (Party party : parties) {
            mask |= bit(party);
        }
        return mask;
    }
}
