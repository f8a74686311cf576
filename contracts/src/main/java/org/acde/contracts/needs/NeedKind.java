package org.acde.contracts.needs;

import org.acde.contracts.reference.Coded;

/** What kind of help a party's need asks for. */
public enum NeedKind implements Coded {
    CAPACITY_BUILDING,
    TECHNOLOGY,
    POLICY_ADVICE,
    INFRASTRUCTURE,
    RESEARCH,
    INVESTMENT;

    @Override
    public String code() {
        return name();
    }
}
