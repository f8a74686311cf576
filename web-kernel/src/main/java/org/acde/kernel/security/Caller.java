package org.acde.kernel.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.contracts.security.Role;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as every service sees it: roles from the token, the party from its {@code party} claim, and who
 * acts ({@link Actor}): a client on its own, or a person signed in through a client, as {@link TokenClaims} reads
 * them. Object-level rules ask this class, never the raw token.
 */
@RequestScoped
public class Caller {

    private static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;
    private final TokenClaims claims;
    private Optional<Actor> actor;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
        this.claims = TokenClaims.of(identity);
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
        return claims.party();
    }

    /**
     * Whose rows these are: the key of ownership and of Idempotency-Key scope. The client id for a client's own
     * token, {@code user:<sub>} for a person ({@link Actor#id()}).
     */
    public String id() {
        return actor().map(Actor::id).orElse(ANONYMOUS);
    }

    /** Who did it, for audit fields: the client id, or {@code <username> via <client>} for a person. */
    public String name() {
        return actor().map(Actor::name).orElse(ANONYMOUS);
    }

    /** The secretariat, or an agency or partner of {@code party}. */
    public boolean actsFor(Party party) {
        return isSecretariat() || party().filter(own -> own == party).isPresent();
    }

    /** The secretariat, or an agency of {@code party}. */
    public boolean isSecretariatOrAgencyOf(Party party) {
        return isSecretariat() || (isAgency() && party().filter(own -> own == party).isPresent());
    }

    /** The caller's own party; 403 for a party client whose token lacks the claim. */
    public Party requireParty() {
        return party().orElseThrow(() -> ProblemException.forbidden("The token carries no party claim"));
    }

    private Optional<Actor> actor() {
        if (actor == null) {
            actor = claims.actor();
        }
        return actor;
    }
}
