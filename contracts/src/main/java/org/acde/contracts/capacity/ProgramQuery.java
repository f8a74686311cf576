package org.acde.contracts.capacity;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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

    @QueryParam("initiativeId")
    @Parameter(description = "Only programs linked to this initiative; an unknown one finds nothing")
    public UUID initiativeId;

    @QueryParam("need")
    @Parameter(description = "Only programs that declare they answer this cooperation need")
    public UUID need;
}
