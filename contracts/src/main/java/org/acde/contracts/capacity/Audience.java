package org.acde.contracts.capacity;

import org.acde.contracts.reference.Coded;

/** Who a program is for. */
public enum Audience implements Coded {
    MANAGERS,
    TECHNICIANS,
    MSME_OWNERS,
    OFFICIALS,
    STUDENTS,
    EDUCATORS,
    PUBLIC;

    @Override
    public String code() {
        return name();
    }
}
