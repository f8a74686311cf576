package org.acde.matchmaking.enterprise;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.matchmaking.EnterpriseInput;
import org.acde.contracts.matchmaking.EnterpriseQuery;
import org.acde.contracts.matchmaking.EnterpriseView;
import org.acde.contracts.matchmaking.EnterprisesApi;
import org.acde.contracts.matchmaking.Verification;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class EnterpriseResource implements EnterprisesApi {

    private final EnterpriseService service;
    private final Idempotency idempotency;

    EnterpriseResource(EnterpriseService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public Page<EnterpriseView> list(EnterpriseQuery query, PageParams page) {
        return service.list(query, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnterpriseView> create(String idempotencyKey, EnterpriseInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/enterprises", body, EnterpriseView.class,
                () -> service.create(body)).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnterpriseView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnterpriseView> update(UUID id, String ifMatch, EnterpriseInput body) {
        return service.update(id, ifMatch, body).toResponse();
    }

    @Override
    @RolesAllowed(Role.AGENCY)
    public RestResponse<EnterpriseView> verify(UUID id, Verification body) {
        return service.verify(id, body).toResponse();
    }
}
