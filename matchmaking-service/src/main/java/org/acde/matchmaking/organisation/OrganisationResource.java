package org.acde.matchmaking.organisation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.matchmaking.OrganisationInput;
import org.acde.contracts.matchmaking.OrganisationQuery;
import org.acde.contracts.matchmaking.OrganisationView;
import org.acde.contracts.matchmaking.OrganisationsApi;
import org.acde.contracts.matchmaking.Verification;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class OrganisationResource implements OrganisationsApi {

    private final OrganisationService service;
    private final Idempotency idempotency;

    OrganisationResource(OrganisationService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public Page<OrganisationView> list(OrganisationQuery query, PageParams page) {
        return service.list(query, query.kind, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<OrganisationView> create(String idempotencyKey, OrganisationInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/organisations", body, OrganisationView.class,
                () -> service.create(body)).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<OrganisationView> get(UUID id) {
        return service.get(id, null).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<OrganisationView> update(UUID id, String ifMatch, OrganisationInput body) {
        return service.update(id, null, ifMatch, body).toResponse();
    }

    @Override
    @RolesAllowed(Role.AGENCY)
    public RestResponse<OrganisationView> verify(UUID id, Verification body) {
        return service.verify(id, null, body).toResponse();
    }
}
