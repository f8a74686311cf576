package org.acde.matchmaking.need;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.needs.NeedInput;
import org.acde.contracts.needs.NeedMatchList;
import org.acde.contracts.needs.NeedQuery;
import org.acde.contracts.needs.NeedStats;
import org.acde.contracts.needs.NeedTransition;
import org.acde.contracts.needs.NeedView;
import org.acde.contracts.needs.NeedsApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.reference.Party;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class NeedResource implements NeedsApi {

    private final NeedService service;
    private final NeedStatistics statistics;
    private final NeedMatches matches;
    private final Idempotency idempotency;

    NeedResource(NeedService service, NeedStatistics statistics, NeedMatches matches, Idempotency idempotency) {
        this.service = service;
        this.statistics = statistics;
        this.matches = matches;
        this.idempotency = idempotency;
    }

    @Override
    @PermitAll
    public Page<NeedView> list(NeedQuery query, PageParams page) {
        return service.list(query, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<NeedView> create(String idempotencyKey, NeedInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/needs", body, NeedView.class, () -> service.create(body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<NeedView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<NeedView> update(UUID id, String ifMatch, NeedInput body) {
        return service.update(id, ifMatch, body).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<NeedView> transition(UUID id, NeedTransition body) {
        return service.transition(id, body).toResponse();
    }

    @Override
    @PermitAll
    public NeedMatchList matches(UUID id, int limit) {
        return matches.forNeed(id, limit);
    }

    @Override
    @PermitAll
    public NeedStats stats(Party party) {
        return statistics.stats(party);
    }
}
