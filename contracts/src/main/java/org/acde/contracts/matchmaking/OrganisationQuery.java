package org.acde.contracts.matchmaking;

import jakarta.ws.rs.QueryParam;

/** The filters of the organisation list: those of the enterprises' list, which every kind shares, and the kind. */
public class OrganisationQuery extends EnterpriseQuery {

    @QueryParam("kind")
    public OrganisationKind kind;
}
