package org.acde.contracts.capacity;

import org.acde.contracts.reference.Coded;

/** What a program teaches. */
public enum Topic implements Coded {
    AI_GOVERNANCE,
    CYBERSECURITY,
    CLOUD,
    DATA,
    DIGITAL_GOVERNMENT,
    ECOMMERCE_FOR_MSMES,
    DIGITAL_LITERACY,
    FIVE_G,
    SMART_CITIES,
    DIGITAL_TRADE;

    @Override
    public String code() {
        return name();
    }
}
