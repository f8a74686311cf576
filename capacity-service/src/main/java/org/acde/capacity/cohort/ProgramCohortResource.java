package org.acde.capacity.cohort;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.capacity.CohortInput;
import org.acde.contracts.capacity.CohortView;
import org.acde.contracts.capacity.ProgramCohortsApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class ProgramCohortResource implements ProgramCohortsApi {

    private final CohortService service;
    private final Idempotency idempotency;

    ProgramCohortResource(CohortService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermitAll
    public Page<CohortView> list(UUID programId, PageParams page) {
        return service.list(programId, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<CohortView> create(UUID programId, String idempotencyKey, CohortInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/programs/" + programId + "/cohorts", body,
                CohortView.class, () -> service.create(programId, body)).toResponse();
    }
}
