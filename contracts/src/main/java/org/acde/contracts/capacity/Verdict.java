package org.acde.contracts.capacity;

/** What verification found. */
public enum Verdict {
    /** Signed by this service, unaltered, not revoked, not expired. */
    VALID,
    /** Names one of this service's keys, but the signature does not match the content: altered or forged. */
    TAMPERED,
    /** Genuine, but revoked by the provider or the secretariat. */
    REVOKED,
    /** Genuine, but past its validUntil. */
    EXPIRED,
    /** Not a credential of this service at all: malformed, unsigned, another algorithm or an unknown key. */
    INVALID
}
