package org.acde.contracts.reference;

/** Reference data with a stable code (what the API exchanges) and an English label (what people read). */
public interface Coded {

    String code();

    String label();
}
