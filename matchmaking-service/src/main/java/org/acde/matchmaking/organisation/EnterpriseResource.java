package org.acde.matchmaking.organisation;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.matchmaking.EnterpriseInput;
import org.acde.contracts.matchmaking.EnterpriseQuery;
import org.acde.contracts.matchmaking.EnterpriseView;
import org.acde.contracts.matchmaking.EnterprisesApi;
import org.acde.contracts.matchmaking.OrganisationView;
import org.acde.contracts.matchmaking.Verification;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

import static org.acde.contracts.matchmaking.OrganisationKind.ENTERPRISE;

/**
 * The deprecated enterprises' path, answering as it always has: the organisations of kind ENTERPRISE, through the
 * organisations' service and rules; an organisation of another kind is not found here.
 */
public class EnterpriseResource implements EnterprisesApi {

    private final OrganisationService service;
    private final Idempotency idempotency;

    EnterpriseResource(OrganisationService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public Page<EnterpriseView> list(EnterpriseQuery query, PageParams page) {
        Page<OrganisationView> organisations = service.list(query, ENTERPRISE, page);
        return organisations.map(OrganisationMapper::toEnterpriseView);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnterpriseView> create(String idempotencyKey, EnterpriseInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/enterprises", body, EnterpriseView.class, () -> {
            Created<OrganisationView> created = service.create(OrganisationMapper.fromEnterprise(body));
            return new Created<>(URI.create("/api/v1/enterprises/" + created.body().id()), created.version(),
                    OrganisationMapper.toEnterpriseView(created.body()));
        }).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnterpriseView> get(UUID id) {
        return enterprise(service.get(id, ENTERPRISE));
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY, Role.PARTNER })
    public RestResponse<EnterpriseView> update(UUID id, String ifMatch, EnterpriseInput body) {
        return enterprise(service.update(id, ENTERPRISE, ifMatch, OrganisationMapper.fromEnterprise(body)));
    }

    @Override
    @RolesAllowed(Role.AGENCY)
    public RestResponse<EnterpriseView> verify(UUID id, Verification body) {
        return enterprise(service.verify(id, ENTERPRISE, body));
    }

    private static RestResponse<EnterpriseView> enterprise(Versioned<OrganisationView> organisation) {
        return new Versioned<>(OrganisationMapper.toEnterpriseView(organisation.body()), organisation.version()).toResponse();
    }
}
