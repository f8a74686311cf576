package org.acde.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.acde.gateway.portal.DemoCredentials.ApiClient;
import org.acde.gateway.portal.DemoCredentials.Realm;
import org.acde.gateway.portal.DemoCredentials.SignInClient;
import org.acde.gateway.portal.DemoCredentials.User;
import org.junit.jupiter.api.Test;

/** Reading the repository's realm file, the one deploy/keycloak/keycloak.sh imports; no Quarkus needed. */
class DemoCredentialsTest {

    private static final Path REALM = Path.of("..", "deploy", "keycloak", "realm-acde.json");

    @Test
    void apiClientsAreTheClientsWithAPlatformRoleAndASecret() {
        Realm realm = DemoCredentials.read(REALM);

        assertThat(realm.clients()).contains(new ApiClient("secretariat-demo", "secretariat", null, "secretariat-demo-dev-secret"),
                new ApiClient("agency-th-demo", "agency", "TH", "agency-th-demo-dev-secret"),
                new ApiClient("partner-my-demo", "partner", "MY", "partner-my-demo-dev-secret"));
        assertThat(realm.clients()).extracting(ApiClient::clientId).doesNotContain("acde-gateway-admin", "developer-portal");
        assertThat(realm.clients()).allSatisfy(client -> assertThat(client.secret()).isEqualTo(client.clientId() + "-dev-secret"));
    }

    @Test
    void usersArePeopleWithAPasswordAndSignInIsThroughThePublicClient() {
        Realm realm = DemoCredentials.read(REALM);

        assertThat(realm.users()).contains(new User("secretariat.demo", "secretariat", null, "secretariat.demo-dev-password"),
                new User("partner.my.demo", "partner", "MY", "partner.my.demo-dev-password"));
        assertThat(realm.users()).extracting(User::username).noneMatch(name -> name.startsWith("service-account-"));
        assertThat(realm.signInClients()).extracting(SignInClient::clientId).containsExactly("developer-portal");
        // Swagger UI's redirect page on the gateway; Keycloak fills in the port when it imports the realm (keycloak.sh).
        assertThat(realm.signInClients().get(0).redirectUris()).containsExactlyInAnyOrder(
                "http://localhost:${ACDE_GATEWAY_PORT:8080}/q/swagger-ui/oauth2-redirect.html",
                "http://127.0.0.1:${ACDE_GATEWAY_PORT:8080}/q/swagger-ui/oauth2-redirect.html");
    }

    @Test
    void aMissingRealmFileIsAClearStartFailure() {
        assertThatThrownBy(() -> DemoCredentials.read(Path.of("no-such-realm.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-realm.json")
                .hasMessageContaining("acde.gateway.portal.demo-realm-file");
    }
}
