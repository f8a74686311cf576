package org.acde.contracts.capacity;

import jakarta.ws.rs.QueryParam;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;

/** The filters of the program list. */
public class ProgramQuery {

    @QueryParam("measure")
    public Measure measure;

    @QueryParam("status")
    public ProgramStatus status;

    @QueryParam("providerParty")
    public Party providerParty;

    @QueryParam("topic")
    public Topic topic;

    @QueryParam("audience")
    public Audience audience;
}
