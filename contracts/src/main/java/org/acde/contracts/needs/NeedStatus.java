package org.acde.contracts.needs;

import org.acde.contracts.reference.Coded;

/** OPEN → BEING_ANSWERED → MET; OPEN or BEING_ANSWERED → WITHDRAWN; BEING_ANSWERED may go back to OPEN. */
public enum NeedStatus implements Coded {
    OPEN,
    BEING_ANSWERED,
    MET,
    WITHDRAWN;

    @Override
    public String code() {
        return name();
    }
}
