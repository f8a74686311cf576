package org.acde.gateway.clients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.acde.contracts.clients.ApiClientInput;
import org.acde.contracts.clients.PlatformRole;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The realm's clients as the gateway manages them, through the Keycloak admin API. Only clients carrying the
 * {@value #ROLE_ATTRIBUTE} attribute are API clients; the realm's other clients are out of reach.
 */
@ApplicationScoped
public class KeycloakClients {

    static final String ROLE_ATTRIBUTE = "acde.role";
    static final String PARTY_ATTRIBUTE = "party";
    private static final Logger LOG = Logger.getLogger(KeycloakClients.class);

    private final Keycloak keycloak;
    private final String realm;
    private final String audience;

    KeycloakClients(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
            @ConfigProperty(name = "quarkus.oidc.token.audience") String audience) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.audience = audience;
    }

    /** Creates the client, its service account's role and its claims; returns the secret. All or nothing. */
    String create(ApiClientInput input) {
        return call(() -> {
            RealmResource realm = realm();
            try (Response response = realm.clients().create(representation(input))) {
                if (response.getStatus() == 409) {
                    throw ProblemException.conflict("An API client with id " + input.clientId() + " already exists");
                }
                if (response.getStatus() != 201) {
                    throw new IllegalStateException("Keycloak refused to create client " + input.clientId() + ": HTTP "
                            + response.getStatus());
                }
            }
            ClientResource client = realm.clients().get(internalId(input.clientId()).orElseThrow());
            try {
                RoleRepresentation role = realm.roles().get(input.role().realmRole()).toRepresentation();
                realm.users().get(client.getServiceAccountUser().getId()).roles().realmLevel().add(List.of(role));
                return client.getSecret().getValue();
            } catch (RuntimeException e) {
                // Never leave a client without its role behind.
                client.remove();
                throw e;
            }
        });
    }

    List<ClientRepresentation> all() {
        return call(() -> realm().clients().findAll().stream()
                .filter(client -> client.getAttributes() != null && client.getAttributes().containsKey(ROLE_ATTRIBUTE))
                .toList());
    }

    Optional<ClientRepresentation> find(String clientId) {
        return call(() -> realm().clients().findByClientId(clientId).stream()
                .filter(client -> client.getAttributes() != null && client.getAttributes().containsKey(ROLE_ATTRIBUTE))
                .findFirst());
    }

    /** A new secret; the old one stops working. */
    String rotateSecret(ClientRepresentation client) {
        return call(() -> realm().clients().get(client.getId()).generateNewSecret().getValue());
    }

    void disable(ClientRepresentation client) {
        call(() -> {
            client.setEnabled(false);
            realm().clients().get(client.getId()).update(client);
            return null;
        });
    }

    private Optional<String> internalId(String clientId) {
        return realm().clients().findByClientId(clientId).stream().map(ClientRepresentation::getId).findFirst();
    }

    private ClientRepresentation representation(ApiClientInput input) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(input.clientId());
        client.setName(input.name());
        client.setDescription(input.description());
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setEnabled(true);
        Map<String, String> attributes = new HashMap<>();
        attributes.put(ROLE_ATTRIBUTE, input.role().realmRole());
        List<ProtocolMapperRepresentation> mappers = new ArrayList<>();
        mappers.add(mapper("acde-api audience", "oidc-audience-mapper",
                Map.of("included.custom.audience", audience, "access.token.claim", "true", "id.token.claim", "false",
                        "introspection.token.claim", "true")));
        if (input.role() != PlatformRole.SECRETARIAT) {
            attributes.put(PARTY_ATTRIBUTE, input.party().code());
            mappers.add(mapper(PARTY_ATTRIBUTE, "oidc-hardcoded-claim-mapper",
                    Map.of("claim.name", PARTY_ATTRIBUTE, "claim.value", input.party().code(), "jsonType.label", "String",
                            "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                            "introspection.token.claim", "true")));
        }
        client.setAttributes(attributes);
        client.setProtocolMappers(mappers);
        return client;
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(new HashMap<>(config));
        return mapper;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    /** Keycloak unreachable or refusing the gateway is the platform's trouble: a 503 for the caller, logged here. */
    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ProblemException e) {
            throw e;
        } catch (ProcessingException | WebApplicationException | IllegalStateException e) {
            LOG.errorf(e, "Keycloak admin call failed");
            throw new ProblemException(ProblemType.UNAVAILABLE, "The identity provider cannot be managed right now; retry later",
                    List.of(), Map.of(), Map.of("Retry-After", "30"));
        }
    }
}
