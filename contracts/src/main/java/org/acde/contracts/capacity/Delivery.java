package org.acde.contracts.capacity;

/** How a program is delivered. */
public enum Delivery {
    ONLINE,
    IN_PERSON,
    HYBRID
}
