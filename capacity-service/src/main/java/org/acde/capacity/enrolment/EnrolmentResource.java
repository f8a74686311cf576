package org.acde.capacity.enrolment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.capacity.EnrolmentInput;
import org.acde.contracts.capacity.EnrolmentQuery;
import org.acde.contracts.capacity.EnrolmentTransition;
import org.acde.contracts.capacity.EnrolmentView;
import org.acde.contracts.capacity.EnrolmentsApi;
import org.acde.contracts.capacity.ResultInput;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

@RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
public class EnrolmentResource implements EnrolmentsApi {

    private final EnrolmentService service;
    private final Idempotency idempotency;

    EnrolmentResource(EnrolmentService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    public Page<EnrolmentView> list(UUID cohortId, EnrolmentQuery query, PageParams page) {
        return service.list(cohortId, query, page);
    }

    @Override
    public RestResponse<EnrolmentView> enrol(UUID cohortId, String idempotencyKey, EnrolmentInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/cohorts/" + cohortId + "/enrolments", body,
                EnrolmentView.class, () -> service.enrol(cohortId, body)).toResponse();
    }

    @Override
    public RestResponse<EnrolmentView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    public RestResponse<EnrolmentView> transition(UUID id, EnrolmentTransition body) {
        return service.transition(id, body).toResponse();
    }

    @Override
    public RestResponse<EnrolmentView> result(UUID id, ResultInput body) {
        return service.result(id, body).toResponse();
    }

    @Override
    @RolesAllowed(Role.SECRETARIAT)
    public RestResponse<EnrolmentView> erase(UUID id) {
        return service.erase(id).toResponse();
    }
}
