package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Party;

/** Agreements between enterprises of two parties ({@code first} before {@code second} in code order). */
public record PartyPairCount(Party first, Party second, long count) {
}
