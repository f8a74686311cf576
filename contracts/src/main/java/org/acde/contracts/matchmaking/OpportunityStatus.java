package org.acde.contracts.matchmaking;

/** DRAFT → PUBLISHED → EXPIRED | WITHDRAWN | FULFILLED; a draft may also be WITHDRAWN. */
public enum OpportunityStatus {
    DRAFT, PUBLISHED, EXPIRED, WITHDRAWN, FULFILLED
}
