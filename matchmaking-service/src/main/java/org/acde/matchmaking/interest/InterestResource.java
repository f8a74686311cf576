package org.acde.matchmaking.interest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.matchmaking.InterestInput;
import org.acde.contracts.matchmaking.InterestQuery;
import org.acde.contracts.matchmaking.InterestTransition;
import org.acde.contracts.matchmaking.InterestView;
import org.acde.contracts.matchmaking.InterestsApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class InterestResource implements InterestsApi {

    private final InterestService service;
    private final Idempotency idempotency;

    InterestResource(InterestService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public Page<InterestView> list(InterestQuery query, PageParams page) {
        return service.list(query, page);
    }

    @Override
    @RolesAllowed({ Role.AGENCY, Role.PARTNER, Role.SECRETARIAT })
    public RestResponse<InterestView> create(String idempotencyKey, InterestInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/interests", body, InterestView.class,
                () -> service.create(body)).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<InterestView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<InterestView> transition(UUID id, InterestTransition body) {
        return service.transition(id, body).toResponse();
    }
}
