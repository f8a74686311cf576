package org.acde.capacity.cohort;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.capacity.CohortInput;
import org.acde.contracts.capacity.CohortView;
import org.acde.contracts.capacity.CohortsApi;
import org.acde.contracts.security.Role;
import org.jboss.resteasy.reactive.RestResponse;

public class CohortResource implements CohortsApi {

    private final CohortService service;

    CohortResource(CohortService service) {
        this.service = service;
    }

    @Override
    @PermitAll
    public RestResponse<CohortView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<CohortView> update(UUID id, String ifMatch, CohortInput body) {
        return service.update(id, ifMatch, body).toResponse();
    }
}
