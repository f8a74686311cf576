package org.acde.initiatives.milestone;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.initiatives.MilestoneInput;
import org.acde.contracts.initiatives.MilestoneView;
import org.acde.contracts.initiatives.MilestonesApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class MilestoneResource implements MilestonesApi {

    private final MilestoneService service;
    private final Idempotency idempotency;

    MilestoneResource(MilestoneService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermitAll
    public Page<MilestoneView> list(UUID initiativeId, PageParams page) {
        return service.list(initiativeId, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<MilestoneView> create(UUID initiativeId, String idempotencyKey, MilestoneInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/initiatives/" + initiativeId + "/milestones", body,
                MilestoneView.class, () -> service.create(initiativeId, body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<MilestoneView> get(UUID initiativeId, UUID id) {
        return service.get(initiativeId, id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<MilestoneView> update(UUID initiativeId, UUID id, String ifMatch, MilestoneInput body) {
        return service.update(initiativeId, id, ifMatch, body).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public void delete(UUID initiativeId, UUID id, String ifMatch) {
        service.delete(initiativeId, id, ifMatch);
    }
}
