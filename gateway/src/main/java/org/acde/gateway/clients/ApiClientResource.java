package org.acde.gateway.clients;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.clients.ApiClientCredentials;
import org.acde.contracts.clients.ApiClientInput;
import org.acde.contracts.clients.ApiClientView;
import org.acde.contracts.clients.ApiClientsApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.jboss.resteasy.reactive.RestResponse;

/** API-client onboarding: the secretariat only, so no agency or partner can ever mint a client, least of all a secretariat one. */
@RolesAllowed(Role.SECRETARIAT)
public class ApiClientResource implements ApiClientsApi {

    private final ApiClientService service;

    ApiClientResource(ApiClientService service) {
        this.service = service;
    }

    @Override
    public Page<ApiClientView> list(PageParams page) {
        return service.list(page);
    }

    @Override
    public RestResponse<ApiClientCredentials> create(ApiClientInput body) {
        ApiClientCredentials created = service.create(body);
        return RestResponse.ResponseBuilder.<ApiClientCredentials> created(URI.create("/api/v1/api-clients/" + body.clientId()))
                .entity(created).build();
    }

    @Override
    public ApiClientView get(String clientId) {
        return service.get(clientId);
    }

    @Override
    public ApiClientCredentials rotateSecret(String clientId) {
        return service.rotateSecret(clientId);
    }

    @Override
    public void disable(String clientId) {
        service.disable(clientId);
    }
}
