package org.acde.contracts.clients;

import org.acde.contracts.security.Role;

/** The realm role an API client acts with. */
public enum PlatformRole {
    SECRETARIAT(Role.SECRETARIAT),
    AGENCY(Role.AGENCY),
    PARTNER(Role.PARTNER);

    private final String realmRole;

    PlatformRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The role's name in the Keycloak realm and in tokens. */
    public String realmRole() {
        return realmRole;
    }

    public boolean actsForOneParty() {
        return this != SECRETARIAT;
    }
}
