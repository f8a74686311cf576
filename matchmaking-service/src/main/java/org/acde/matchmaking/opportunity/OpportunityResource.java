package org.acde.matchmaking.opportunity;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.matchmaking.MatchList;
import org.acde.contracts.matchmaking.OpportunitiesApi;
import org.acde.contracts.matchmaking.OpportunityInput;
import org.acde.contracts.matchmaking.OpportunityQuery;
import org.acde.contracts.matchmaking.OpportunityTransition;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class OpportunityResource implements OpportunitiesApi {

    private final OpportunityService service;
    private final OpportunityMatches matches;
    private final Idempotency idempotency;

    OpportunityResource(OpportunityService service, OpportunityMatches matches, Idempotency idempotency) {
        this.service = service;
        this.matches = matches;
        this.idempotency = idempotency;
    }

    @Override
    @PermitAll
    public Page<OpportunityView> list(OpportunityQuery query, PageParams page) {
        return service.list(query, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<OpportunityView> create(String idempotencyKey, OpportunityInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/opportunities", body, OpportunityView.class,
                () -> service.create(body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<OpportunityView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<OpportunityView> update(UUID id, String ifMatch, OpportunityInput body) {
        return service.update(id, ifMatch, body).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<OpportunityView> transition(UUID id, OpportunityTransition body) {
        return service.transition(id, body).toResponse();
    }

    @Override
    @PermitAll
    public MatchList matches(UUID id, int limit) {
        return matches.matches(id, limit);
    }
}
