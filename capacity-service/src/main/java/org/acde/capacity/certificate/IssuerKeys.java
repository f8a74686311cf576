package org.acde.capacity.certificate;

import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

/** The service's {@link SigningKeys}, loaded once at start-up so a missing or broken key stops the service early. */
@Singleton
@Startup
public class IssuerKeys {

    private static final Logger LOG = Logger.getLogger(IssuerKeys.class);

    private final SigningKeys keys;

    IssuerKeys(CertificatesConfig config) {
        boolean provisioned = Files.exists(config.keyDirectory().resolve(SigningKeys.SIGNING_FILE));
        this.keys = SigningKeys.load(config.keyDirectory(), config.retiredKeyDirectory(), config.generateMissingKey(),
                new ObjectMapper());
        if (!provisioned) {
            LOG.warnf("Generated a new certificate signing key in %s: fine for local development; production provisions"
                    + " its key and sets ACDE_CERTIFICATES_GENERATE_MISSING_KEY=false", config.keyDirectory().toAbsolutePath());
        }
        LOG.infof("Certificates are signed with key %s from %s", keys.current().kid(),
                config.keyDirectory().toAbsolutePath());
    }

    Ed25519Key current() {
        return keys.current();
    }

    Optional<Ed25519Key> find(String kid) {
        return keys.find(kid);
    }

    Map<String, Object> jwks() {
        return keys.jwks();
    }
}
