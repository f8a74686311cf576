package org.acde.contracts.needs;

import jakarta.ws.rs.QueryParam;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.matchmaking.Technology;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;

/** The filters of the need list. */
public class NeedQuery {

    @QueryParam("party")
    public Party party;

    @QueryParam("kind")
    public NeedKind kind;

    @QueryParam("measure")
    public Measure measure;

    @QueryParam("subArea")
    public SubArea subArea;

    @QueryParam("status")
    public NeedStatus status;

    @QueryParam("audience")
    public Audience audience;

    @QueryParam("technology")
    public Technology technology;
}
