package org.acde.kernel.openapi;

import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The one security scheme every contract names ({@value #SCHEME}): OAuth2 with exactly the flows the platform
 * supports, at the public URL of the Keycloak realm; and the gateway as the one server. Both URLs are deployment
 * settings, so this runs at start-up rather than at build time: each deployment's Swagger UI and the clients
 * generated from its contracts fetch tokens where its own users can reach Keycloak. The contact is the gateway's
 * developer portal; the licence is named only where {@code acde.openapi.license-name} is set.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OAuth2Security implements OASFilter {

    public static final String SCHEME = "keycloak";

    private final String realmUrl;
    private final String serverUrl;
    private final String environment;
    private final Optional<String> licenseName;
    private final Optional<String> licenseIdentifier;

    public OAuth2Security() {
        Config config = ConfigProvider.getConfig();
        this.realmUrl = config.getValue("acde.openapi.realm-url", String.class).replaceAll("/$", "");
        this.serverUrl = config.getValue("acde.openapi.server-url", String.class).replaceAll("/$", "");
        this.environment = config.getValue("acde.openapi.environment", String.class);
        this.licenseName = config.getOptionalValue("acde.openapi.license-name", String.class);
        this.licenseIdentifier = config.getOptionalValue("acde.openapi.license-identifier", String.class);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String tokenUrl = realmUrl + "/protocol/openid-connect/token";
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Bearer tokens of the Keycloak realm `acde`, audience `acde-api`: signed JWTs, checked as RFC8725"
                        + " asks (signature by a key the realm publishes, never `alg: none`; issuer, audience and expiry always"
                        + " checked). Partner systems and agency"
                        + " back-ends use the client-credentials grant with the client id and secret the secretariat"
                        + " issued them. People sign in with the authorization-code grant and PKCE (S256), through the"
                        + " public client `developer-portal` (Swagger UI) or their own application's client. Tokens"
                        + " live 5 minutes: fetch a new one when `exp` is near.")
                .flows(OASFactory.createOAuthFlows()
                        .clientCredentials(OASFactory.createOAuthFlow().tokenUrl(tokenUrl).scopes(Map.of()))
                        .authorizationCode(OASFactory.createOAuthFlow()
                                .authorizationUrl(realmUrl + "/protocol/openid-connect/auth")
                                .tokenUrl(tokenUrl).refreshUrl(tokenUrl)
                                .scopes(Map.of("openid", "Sign in with OpenID Connect")))));
        openAPI.servers(null).addServer(OASFactory.createServer().url(serverUrl)
                .description("The gateway of the " + environment + " environment: the one front door for every API")
                .addExtension("x-internal", false));
        // Where partners find the platform's documentation and demo access: the gateway's developer portal.
        openAPI.getInfo().contact(OASFactory.createContact().name("ACDE Hub developer portal").url(serverUrl + "/"));
        licenseName.ifPresent(name -> openAPI.getInfo().license(OASFactory.createLicense().name(name)
                .identifier(licenseIdentifier.orElse(null))));
    }
}
