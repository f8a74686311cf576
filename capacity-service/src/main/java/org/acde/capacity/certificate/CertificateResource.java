package org.acde.capacity.certificate;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.capacity.CertificateView;
import org.acde.contracts.capacity.CertificatesApi;
import org.acde.contracts.capacity.RevocationRequest;
import org.acde.contracts.capacity.VerificationRequest;
import org.acde.contracts.capacity.VerificationResult;
import org.acde.contracts.security.Role;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

public class CertificateResource implements CertificatesApi {

    private final CertificateService service;
    private final CertificateVerifier verifier;
    private final IssuerKeys keys;
    private final OpenBadgeCredentials credentials;
    private final ObjectMapper json;

    CertificateResource(CertificateService service, CertificateVerifier verifier, IssuerKeys keys,
            OpenBadgeCredentials credentials, ObjectMapper json) {
        this.service = service;
        this.verifier = verifier;
        this.keys = keys;
        this.credentials = credentials;
        this.json = json;
    }

    @Override
    @PermitAll
    public RestResponse<CertificateView> get(UUID id) {
        return RestResponse.ok(service.get(id));
    }

    @Override
    @PermitAll
    public VerificationResult verify(VerificationRequest body) {
        return verifier.verify(body.credential());
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<CertificateView> revoke(UUID id, RevocationRequest body) {
        return RestResponse.ok(service.revoke(id, body.reason()));
    }

    @Override
    @PermitAll
    public Map<String, Object> jwks() {
        return keys.jwks();
    }

    @Override
    @PermitAll
    public Map<String, Object> issuer() {
        return json.convertValue(credentials.issuerDocument(), new TypeReference<Map<String, Object>>() {
        });
    }
}
