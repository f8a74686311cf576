package org.acde.initiatives.results;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.initiatives.ProgressReportInput;
import org.acde.contracts.initiatives.ProgressReportView;
import org.acde.contracts.initiatives.ProgressReportsApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class ProgressReportResource implements ProgressReportsApi {

    private final ProgressReportService service;
    private final Idempotency idempotency;

    ProgressReportResource(ProgressReportService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermitAll
    public Page<ProgressReportView> list(UUID initiativeId, PageParams page) {
        return service.list(initiativeId, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<ProgressReportView> submit(UUID initiativeId, String idempotencyKey, ProgressReportInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/initiatives/" + initiativeId + "/progress-reports", body,
                ProgressReportView.class, () -> service.submit(initiativeId, body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<ProgressReportView> get(UUID initiativeId, UUID id) {
        return service.get(initiativeId, id).toResponse();
    }
}
