package org.acde.gateway.clients;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.clients.ApiClientCredentials;
import org.acde.contracts.clients.ApiClientInput;
import org.acde.contracts.clients.ApiClientView;
import org.acde.contracts.clients.PlatformRole;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The rules of onboarding: who acts for which party, and that a secret is shown once and only once. Each change is
 * logged at INFO with the client id and who asked (the request id comes with every line); names, descriptions and
 * secrets never are.
 */
@ApplicationScoped
public class ApiClientService {

    private static final Logger LOG = Logger.getLogger(ApiClientService.class);

    private final KeycloakClients clients;
    private final CursorCodec cursors;
    private final Caller caller;
    private final String tokenUrl;

    ApiClientService(KeycloakClients clients, CursorCodec cursors, Caller caller,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") URI issuer) {
        this.clients = clients;
        this.cursors = cursors;
        this.caller = caller;
        this.tokenUrl = issuer + "/protocol/openid-connect/token";
    }

    public ApiClientCredentials create(ApiClientInput input) {
        if (input.role().actsForOneParty() && input.party() == null) {
            throw ProblemException.badField("party", "required for an " + input.role() + " client");
        }
        if (!input.role().actsForOneParty() && input.party() != null) {
            throw ProblemException.badField("party", "a SECRETARIAT client acts for every party and has none");
        }
        String secret = clients.create(input);
        LOG.infof("Created API client %s (role %s, party %s) by %s", input.clientId(), input.role(), input.party(),
                caller.id());
        ApiClientView view = new ApiClientView(input.clientId(), input.name(), input.description(), input.role(),
                input.party(), true);
        return new ApiClientCredentials(view, secret, tokenUrl);
    }

    public Page<ApiClientView> list(PageParams page) {
        if (page.sort != null && !page.sort.isBlank() && !page.sort.equals("clientId")) {
            throw ProblemException.badField("sort", "API clients are sorted by clientId");
        }
        List<ApiClientView> all = clients.all().stream().map(ApiClientService::toView)
                .sorted(Comparator.comparing(ApiClientView::clientId)).toList();
        String after = page.cursor == null || page.cursor.isEmpty() ? "" : cursors.decode("api-clients", page.cursor).get(0);
        List<ApiClientView> rest = all.stream().filter(client -> client.clientId().compareTo(after) > 0).toList();
        List<ApiClientView> items = rest.subList(0, Math.min(page.limit, rest.size()));
        String next = rest.size() > page.limit
                ? cursors.encode("api-clients", List.of(items.get(items.size() - 1).clientId())) : null;
        return new Page<>(items, next, all.size());
    }

    public ApiClientView get(String clientId) {
        return toView(require(clientId));
    }

    public ApiClientCredentials rotateSecret(String clientId) {
        ClientRepresentation client = require(clientId);
        ApiClientCredentials rotated = new ApiClientCredentials(toView(client), clients.rotateSecret(client), tokenUrl);
        LOG.infof("Rotated the secret of API client %s by %s", clientId, caller.id());
        return rotated;
    }

    public void disable(String clientId) {
        clients.disable(require(clientId));
        LOG.infof("Disabled API client %s by %s", clientId, caller.id());
    }

    private ClientRepresentation require(String clientId) {
        return clients.find(clientId).orElseThrow(() -> ProblemException.notFound("API client", clientId));
    }

    private static ApiClientView toView(ClientRepresentation client) {
        Map<String, String> attributes = client.getAttributes();
        PlatformRole role = PlatformRole.valueOf(attributes.get(KeycloakClients.ROLE_ATTRIBUTE).toUpperCase());
        String party = attributes.get(KeycloakClients.PARTY_ATTRIBUTE);
        return new ApiClientView(client.getClientId(), client.getName(), client.getDescription(), role,
                party == null ? null : Party.valueOf(party), Boolean.TRUE.equals(client.isEnabled()));
    }
}
