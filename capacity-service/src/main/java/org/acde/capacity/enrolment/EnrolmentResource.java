package org.acde.capacity.enrolment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.capacity.EnrolmentTransition;
import org.acde.contracts.capacity.EnrolmentView;
import org.acde.contracts.capacity.EnrolmentsApi;
import org.acde.contracts.capacity.ResultInput;
import org.acde.contracts.security.Role;
import org.jboss.resteasy.reactive.RestResponse;

public class EnrolmentResource implements EnrolmentsApi {

    private final EnrolmentService service;

    EnrolmentResource(EnrolmentService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnrolmentView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnrolmentView> transition(UUID id, EnrolmentTransition body) {
        return service.transition(id, body).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnrolmentView> result(UUID id, ResultInput body) {
        return service.result(id, body).toResponse();
    }

    @Override
    @RolesAllowed(Role.SECRETARIAT)
    public RestResponse<EnrolmentView> erase(UUID id) {
        return service.erase(id).toResponse();
    }
}
