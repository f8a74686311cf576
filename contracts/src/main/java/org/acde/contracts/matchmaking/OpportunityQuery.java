package org.acde.contracts.matchmaking;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the opportunity list. */
public class OpportunityQuery {

    @QueryParam("type")
    public OpportunityType type;

    @QueryParam("status")
    public OpportunityStatus status;

    @QueryParam("party")
    public Party party;

    @QueryParam("technology")
    public Technology technology;

    @QueryParam("sector")
    public IsicSection sector;

    @QueryParam("measure")
    public Measure measure;

    @QueryParam("enterpriseId")
    public UUID enterpriseId;

    @QueryParam("initiativeId")
    @Parameter(description = "Only opportunities linked to this initiative; an unknown one finds nothing")
    public UUID initiativeId;

    @QueryParam("need")
    @Parameter(description = "Only offers that declare they answer this need")
    public UUID need;
}
