package org.acde.contracts.reference;

/** Sex for sex-disaggregated statistics, always optional for the person concerned. */
public enum Sex implements Coded {
    F,
    M,
    X,
    UNDISCLOSED;

    @Override
    public String code() {
        return name();
    }
}
