package org.acde.initiatives.results;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.initiatives.IndicatorInput;
import org.acde.contracts.initiatives.IndicatorView;
import org.acde.contracts.initiatives.IndicatorsApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class IndicatorResource implements IndicatorsApi {

    private final IndicatorService service;
    private final Idempotency idempotency;

    IndicatorResource(IndicatorService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermitAll
    public Page<IndicatorView> list(UUID initiativeId, PageParams page) {
        return service.list(initiativeId, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<IndicatorView> create(UUID initiativeId, String idempotencyKey, IndicatorInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/initiatives/" + initiativeId + "/indicators", body,
                IndicatorView.class, () -> service.create(initiativeId, body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<IndicatorView> get(UUID initiativeId, UUID id) {
        return service.get(initiativeId, id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<IndicatorView> update(UUID initiativeId, UUID id, String ifMatch, IndicatorInput body) {
        return service.update(initiativeId, id, ifMatch, body).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public void delete(UUID initiativeId, UUID id, String ifMatch) {
        service.delete(initiativeId, id, ifMatch);
    }
}
