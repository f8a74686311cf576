package org.acde.contracts.matchmaking;

import jakarta.ws.rs.QueryParam;

import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Party;

/** The filters of the organisation list. */
public class OrganisationQuery {

    @QueryParam("kind")
    public OrganisationKind kind;

    @QueryParam("party")
    public Party party;

    @QueryParam("sector")
    public IsicSection sector;

    @QueryParam("sizeBand")
    public SizeBand sizeBand;

    @QueryParam("verified")
    public Boolean verified;
}
