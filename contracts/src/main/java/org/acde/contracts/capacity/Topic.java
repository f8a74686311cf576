package org.acde.contracts.capacity;

import org.acde.contracts.reference.Coded;

/** What a program teaches. */
public enum Topic implements Coded {
    AI_GOVERNANCE("AI governance"),
    CYBERSECURITY("Cybersecurity"),
    CLOUD("Cloud computing"),
    DATA("Data management and analytics"),
    DIGITAL_GOVERNMENT("Digital government"),
    ECOMMERCE_FOR_MSMES("E-commerce for MSMEs"),
    DIGITAL_LITERACY("Digital literacy"),
    FIVE_G("5G and networks"),
    SMART_CITIES("Smart cities"),
    DIGITAL_TRADE("Digital trade");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
