package org.acde.capacity.enrolment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.capacity.CohortEnrolmentsApi;
import org.acde.contracts.capacity.EnrolmentInput;
import org.acde.contracts.capacity.EnrolmentQuery;
import org.acde.contracts.capacity.EnrolmentView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class CohortEnrolmentResource implements CohortEnrolmentsApi {

    private final EnrolmentService service;
    private final Idempotency idempotency;

    CohortEnrolmentResource(EnrolmentService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public Page<EnrolmentView> list(UUID cohortId, EnrolmentQuery query, PageParams page) {
        return service.list(cohortId, query, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnrolmentView> enrol(UUID cohortId, String idempotencyKey, EnrolmentInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/cohorts/" + cohortId + "/enrolments", body,
                EnrolmentView.class, () -> service.enrol(cohortId, body)).toResponse();
    }
}
