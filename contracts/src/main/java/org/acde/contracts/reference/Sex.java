package org.acde.contracts.reference;

/** Sex for sex-disaggregated statistics, always optional for the person concerned. */
public enum Sex implements Coded {
    F("Female"),
    M("Male"),
    X("Another sex"),
    UNDISCLOSED("Not disclosed");

    private final String label;

    Sex(String label) {
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
