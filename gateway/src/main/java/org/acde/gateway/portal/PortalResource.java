package org.acde.gateway.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.acde.gateway.access.ContractOperations;
import org.acde.gateway.health.UpstreamStatus;
import org.acde.gateway.ratelimit.RateLimitConfig;
import org.acde.gateway.ratelimit.RateLimiter;
import org.acde.gateway.config.GatewayConfig;
import org.acde.gateway.routing.UpstreamRoutes;
import org.acde.kernel.web.AnyQueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The developer portal: what the API is, its services and their state, how to get a token, the limits, and in local
 * development only the demo clients and users of the local realm ({@link DemoCredentials}).
 */
@Path("/")
@PermitAll
public class PortalResource {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance portal(String baseUrl, String tokenUrl, List<Service> services,
                List<Limit> limits, List<String> anonymous, DemoCredentials.Realm demo, Snippets snippets);
    }

    /** A service as the portal lists it. */
    public record Service(String name, List<String> prefixes, String contract, boolean up) {
    }

    /** How to verify a webhook delivery, in Java and in Node.js: docs/webhooks/, which the system tests run. */
    public record Snippets(String java, String node) {

        static Snippets load() {
            return new Snippets(read("VerifyWebhook.java"), read("verify-webhook.mjs"));
        }

        private static String read(String name) {
            try (InputStream in = PortalResource.class.getResourceAsStream("/portal/webhooks/" + name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A rate-limit policy as the portal lists it. */
    public record Limit(String name, String appliesTo, long limit, long windowSeconds) {
    }

    private static final Map<String, String> APPLIES_TO = Map.of(
            "anonymous", "callers without a token, per IP address",
            "secretariat", "clients with the secretariat role, per client",
            "agency", "clients with the agency role, per client",
            "partner", "clients with the partner role, per client",
            "client", "clients with none of these roles, per client");
    private static final List<String> POLICY_ORDER = List.of("anonymous", "partner", "agency", "secretariat", "client");

    private final UpstreamStatus status;
    private final GatewayConfig routes;
    private final RateLimiter rateLimiter;
    private final ContractOperations operations;
    private final String tokenUrl;
    /** {@code null} unless the gateway runs in local development with demo credentials on. */
    private final DemoCredentials.Realm demo;
    private final Snippets snippets = Snippets.load();

    PortalResource(UpstreamStatus status, GatewayConfig routes, RateLimiter rateLimiter, ContractOperations operations,
            DemoCredentials demoCredentials) {
        this.status = status;
        this.routes = routes;
        this.rateLimiter = rateLimiter;
        this.operations = operations;
        this.tokenUrl = routes.portal().tokenUrl();
        this.demo = demoCredentials.realm().orElse(null);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    @AnyQueryParameters
    public Uni<TemplateInstance> portal(@Context UriInfo uri) {
        String baseUrl = uri.getBaseUri().toString().replaceAll("/$", "");
        return status.all().map(ready -> {
            List<Service> services = ready.entrySet().stream()
                    .map(entry -> new Service(entry.getKey(), routes.routes().get(entry.getKey()).prefixes(),
                            UpstreamRoutes.CONTRACTS + entry.getKey(), entry.getValue()))
                    .toList();
            Map<String, RateLimitConfig.Policy> policies = rateLimiter.policies();
            List<Limit> limits = POLICY_ORDER.stream()
                    .map(name -> new Limit(name, APPLIES_TO.get(name), policies.get(name).limit(),
                            policies.get(name).window().toSeconds()))
                    .toList();
            return Templates.portal(baseUrl, tokenUrl, services, limits, operations.anonymous(), demo, snippets);
        });
    }
}
