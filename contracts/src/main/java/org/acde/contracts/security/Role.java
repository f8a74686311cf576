package org.acde.contracts.security;

/** The realm roles of the platform, as they appear in {@code realm_access.roles}. */
public final class Role {

    /** The ASEAN–China secretariat: acts for every party. */
    public static final String SECRETARIAT = "secretariat";
    /** A national agency: acts for the party in its token's {@code party} claim. */
    public static final String AGENCY = "agency";
    /** An enterprise platform or training provider of one party. */
    public static final String PARTNER = "partner";
    /** A service's outbox relay: hands the service's events to events-service; no API of its own. */
    public static final String EVENT_PUBLISHER = "event-publisher";

    private Role() {
    }
}
