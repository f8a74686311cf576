package org.acde.capacity.program;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.capacity.ProgramInput;
import org.acde.contracts.capacity.ProgramQuery;
import org.acde.contracts.capacity.ProgramRankingList;
import org.acde.contracts.capacity.ProgramRankingQuery;
import org.acde.contracts.capacity.ProgramTransition;
import org.acde.contracts.capacity.ProgramView;
import org.acde.contracts.capacity.ProgramsApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class ProgramResource implements ProgramsApi {

    private final ProgramService service;
    private final Idempotency idempotency;
    private final ProgramRanker ranker;

    ProgramResource(ProgramService service, Idempotency idempotency, ProgramRanker ranker) {
        this.service = service;
        this.idempotency = idempotency;
        this.ranker = ranker;
    }

    @Override
    @PermitAll
    public Page<ProgramView> list(ProgramQuery query, PageParams page) {
        return service.list(query, page);
    }

    @Override
    @PermitAll
    public ProgramRankingList rank(ProgramRankingQuery query) {
        return ranker.rank(query);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<ProgramView> create(String idempotencyKey, ProgramInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/programs", body, ProgramView.class,
                () -> service.create(body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<ProgramView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<ProgramView> update(UUID id, String ifMatch, ProgramInput body) {
        return service.update(id, ifMatch, body).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<ProgramView> transition(UUID id, ProgramTransition body) {
        return service.transition(id, body).toResponse();
    }
}
