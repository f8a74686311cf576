package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/** The level of government an agency belongs to: who it can commit, and for which territory. */
public enum GovernmentLevel implements Coded {
    NATIONAL,
    SUBNATIONAL,
    LOCAL;

    @Override
    public String code() {
        return name();
    }
}
