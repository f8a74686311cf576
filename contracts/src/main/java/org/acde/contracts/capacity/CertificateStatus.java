package org.acde.contracts.capacity;

/** Whether the issuer still stands behind a certificate. */
public enum CertificateStatus {
    ACTIVE,
    REVOKED
}
