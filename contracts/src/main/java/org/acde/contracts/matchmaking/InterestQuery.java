package org.acde.contracts.matchmaking;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

/** The filters of the interest list; a caller sees only the interests it takes part in. */
public class InterestQuery {

    @QueryParam("status")
    public InterestStatus status;

    @QueryParam("opportunityId")
    public UUID opportunityId;

    @QueryParam("enterpriseId")
    public UUID enterpriseId;
}
