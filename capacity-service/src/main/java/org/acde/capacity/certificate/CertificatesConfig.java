package org.acde.capacity.certificate;

import java.net.URI;
import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How certificates are signed and what they point to. */
@ConfigMapping(prefix = "acde.certificates")
public interface CertificatesConfig {

    /** Holds {@code signing.jwk}, the private Ed25519 key that signs new certificates. */
    Path keyDirectory();

    /**
     * Holds the keys of earlier rotations ({@code *.jwk}), which still verify the certificates they signed and stay
     * in the JWKS; may be missing or empty.
     */
    Path retiredKeyDirectory();

    /** Generate {@code signing.jwk} at start-up when it is missing: for local development only. */
    @WithDefault("false")
    boolean generateMissingKey();

    /** The issuer's name in every credential. */
    @WithDefault("ACDE Hub")
    String issuerName();

    /** Where the platform's API is reached from outside (the gateway); credential links are built on it. */
    URI publicUrl();
}
