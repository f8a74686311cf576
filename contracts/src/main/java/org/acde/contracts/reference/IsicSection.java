package org.acde.contracts.reference;

/** The sections of ISIC Rev.5 (UN Statistics Division, 2024), the sector vocabulary of every service. */
public enum IsicSection implements Coded {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H,
    I,
    J,
    K,
    L,
    M,
    N,
    O,
    P,
    Q,
    R,
    S,
    T,
    U,
    V;

    @Override
    public String code() {
        return name();
    }
}
