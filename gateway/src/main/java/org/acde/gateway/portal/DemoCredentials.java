package org.acde.gateway.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import org.acde.contracts.security.Role;
import org.acde.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

/**
 * The local realm's demo API clients and users, which the developer portal lists in local development only. They are
 * read once at start from the very realm file the local Keycloak imports, so there is no second list to keep in step
 * with it; with {@code acde.gateway.portal.demo-credentials} off (the default) no file is read and nothing is shown.
 * A stack that turns them on but names no readable realm file does not start.
 */
@Singleton
@Startup
public class DemoCredentials {

    private static final Logger LOG = Logger.getLogger(DemoCredentials.class);
    /** The client attribute that makes a realm client an API client (the same one onboarding sets). */
    static final String ROLE_ATTRIBUTE = "acde.role";
    static final String PARTY_ATTRIBUTE = "party";
    private static final Set<String> PLATFORM_ROLES = Set.of(Role.SECRETARIAT, Role.AGENCY, Role.PARTNER);

    /** A confidential client with a service account: client-credentials grant. */
    public record ApiClient(String clientId, String role, String party, String secret) {
    }

    /** A person who signs in through a sign-in client (authorization code + PKCE). */
    public record User(String username, String role, String party, String password) {
    }

    /** A public client people sign in with, e.g. {@code developer-portal} (Swagger UI). */
    public record SignInClient(String clientId, List<String> redirectUris) {
    }

    /** What the realm file holds for developers. */
    public record Realm(String file, List<ApiClient> clients, List<User> users, List<SignInClient> signInClients) {
    }

    private final Optional<Realm> realm;

    DemoCredentials(GatewayConfig config) {
        GatewayConfig.Portal portal = config.portal();
        if (!portal.demoCredentials()) {
            realm = Optional.empty();
            return;
        }
        String file = portal.demoRealmFile().filter(name -> !name.isBlank()).orElseThrow(() -> new IllegalStateException(
                "acde.gateway.portal.demo-credentials is on but acde.gateway.portal.demo-realm-file is not set:"
                        + " name the realm file the local Keycloak imports (deploy/keycloak/realm-acde.json)"));
        realm = Optional.of(read(Path.of(file)));
        LOG.warnf("Local development mode: the developer portal lists the demo credentials of %s", file);
    }

    /** The demo credentials, when the portal shows them. */
    public Optional<Realm> realm() {
        return realm;
    }

    /**
     * Reads a Keycloak realm export: API clients are the clients carrying {@value #ROLE_ATTRIBUTE} and a secret; users
     * are the realm's people with a password (service-account users are not); sign-in clients are the public clients
     * with the authorization-code flow.
     */
    static Realm read(Path file) {
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the demo credentials from realm file " + file.toAbsolutePath()
                    + " (acde.gateway.portal.demo-realm-file): " + e, e);
        }
        List<ApiClient> clients = new ArrayList<>();
        List<SignInClient> signIn = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            String clientId = client.path("clientId").asText();
            JsonNode attributes = client.path("attributes");
            if (attributes.hasNonNull(ROLE_ATTRIBUTE) && client.hasNonNull("secret")) {
                clients.add(new ApiClient(clientId, attributes.path(ROLE_ATTRIBUTE).asText(),
                        text(attributes.path(PARTY_ATTRIBUTE)), client.path("secret").asText()));
            } else if (client.path("publicClient").asBoolean(false) && client.path("standardFlowEnabled").asBoolean(true)) {
                List<String> redirects = new ArrayList<>();
                client.path("redirectUris").forEach(uri -> redirects.add(uri.asText()));
                signIn.add(new SignInClient(clientId, List.copyOf(redirects)));
            }
        }
        List<User> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            Optional<String> password = password(user);
            if (user.hasNonNull("serviceAccountClientId") || password.isEmpty()) {
                continue;
            }
            String role = null;
            for (JsonNode name : user.path("realmRoles")) {
                if (PLATFORM_ROLES.contains(name.asText())) {
                    role = name.asText();
                    break;
                }
            }
            JsonNode party = user.path("attributes").path(PARTY_ATTRIBUTE);
            users.add(new User(user.path("username").asText(), role, text(party.isArray() ? party.path(0) : party),
                    password.get()));
        }
        return new Realm(file.toString(), List.copyOf(clients), List.copyOf(users), List.copyOf(signIn));
    }

    private static Optional<String> password(JsonNode user) {
        for (JsonNode credential : user.path("credentials")) {
            if ("password".equals(credential.path("type").asText()) && credential.hasNonNull("value")) {
                return Optional.of(credential.path("value").asText());
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
