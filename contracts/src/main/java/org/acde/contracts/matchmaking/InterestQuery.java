package org.acde.contracts.matchmaking;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the interest list; a caller sees only the interests it takes part in. */
public class InterestQuery {

    @QueryParam("status")
    public InterestStatus status;

    @QueryParam("opportunityId")
    public UUID opportunityId;

    @QueryParam("enterpriseId")
    public UUID enterpriseId;

    @QueryParam("initiativeId")
    @Parameter(description = "Only interests in opportunities linked to this initiative; an unknown one finds nothing")
    public UUID initiativeId;
}
