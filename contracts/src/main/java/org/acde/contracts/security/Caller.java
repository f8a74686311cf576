package org.acde.contracts.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as every service sees it: roles from the token, the party from its {@code party} claim, the
 * client id from {@code azp}. Object-level rules ask this class, never the raw token.
 */
@RequestScoped
public class Caller {

    public static final String PARTY_CLAIM = "party";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isSecretariat() {
        return identity.hasRole(Role.SECRETARIAT);
    }

    public boolean isAgency() {
        return identity.hasRole(Role.AGENCY);
    }

    public boolean isPartner() {
        return identity.hasRole(Role.PARTNER);
    }

    /** The party an agency or partner acts for; empty for the secretariat and anonymous callers. */
    public Optional<Party> party() {
        return claim(PARTY_CLAIM).flatMap(Caller::toParty);
    }

    /** The OAuth2 client the token was issued to (a partner system or agency back-end). */
    public Optional<String> clientId() {
        return claim("azp").or(() -> claim("client_id"));
    }

    /** A stable name for audit fields: the client id, else the subject. */
    public String name() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        return clientId().orElseGet(() -> identity.getPrincipal().getName());
    }

    /** The secretariat, or an agency or partner of {@code party}. */
    public boolean actsFor(Party party) {
        return isSecretariat() || party().filter(own -> own == party).isPresent();
    }

    /** An agency of {@code party}, or the secretariat. */
    public boolean isAgencyOf(Party party) {
        return isSecretariat() || (isAgency() && party().filter(own -> own == party).isPresent());
    }

    /** The caller's own party; 403 for a party client whose token lacks the claim. */
    public Party requireParty() {
        return party().orElseThrow(() -> ProblemException.forbidden("The token carries no party claim"));
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value instanceof JsonString string) {
                return Optional.of(string.getString());
            }
            return Optional.ofNullable(value).map(Object::toString);
        }
        return Optional.empty();
    }

    private static Optional<Party> toParty(String code) {
        try {
            return Optional.of(Party.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
