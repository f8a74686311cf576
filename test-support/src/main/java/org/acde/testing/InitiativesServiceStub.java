package org.acde.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * initiatives-service as WireMock on a dynamic port, for the services that look initiatives up. Every id is
 * unknown (404) until {@link #exists} makes one visible.
 */
public class InitiativesServiceStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    /** Answers GET /api/v1/initiatives/{id} with a minimal ENDORSED initiative. */
    public static void exists(UUID id) {
        server.stubFor(get(urlEqualTo("/api/v1/initiatives/" + id)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"1\"")
                .withBody("""
                        {"id":"%s","code":"ACI-2026-0001","title":"Smart port pilot","summary":"A pilot.",
                         "measure":"III","leadParty":"VN","participatingParties":["VN","CN"],"status":"ENDORSED"}"""
                        .formatted(id))));
    }

    @Override
    public Map<String, String> start() {
        server = WireMockServers.start(options().dynamicPort());
        return Map.of("quarkus.rest-client.initiatives.url", server.baseUrl());
    }

    /** Forgets every stub and request: every initiative is unknown (404) again. */
    public static void reset() {
        server.resetAll();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
