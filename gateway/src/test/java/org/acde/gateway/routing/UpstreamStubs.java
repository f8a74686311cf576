package org.acde.gateway.routing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.acde.testing.WireMockServers;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** WireMock servers on dynamic ports standing in for the four services, wired into the routing table. */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, WireMockServer> SERVERS = new HashMap<>();
    private static StallingUpstream stalling;

    public static WireMockServer upstream(String name) {
        return SERVERS.get(name);
    }

    /** The upstream that goes silent mid-answer (route {@code /api/v1/stalling}) of the running application. */
    static StallingUpstream stalling() {
        return stalling;
    }

    /** Forgets every stub and request of the service upstreams. */
    public static void resetAll() {
        SERVERS.values().forEach(WireMockServer::resetAll);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String name : new String[] { "initiatives", "matchmaking", "capacity", "events", "flaky" }) {
            WireMockServer server = WireMockServers.start(options().dynamicPort().gzipDisabled(true));
            SERVERS.put(name, server);
            config.put("acde.gateway.routes." + name + ".upstream", server.baseUrl());
            config.put("acde.gateway.routes." + name + ".breaker.request-volume", "1000");
        }
        // An upstream whose breaker the resilience tests open, so the other routes stay untouched. Its breaker stays
        // open 5 s, longer than a loaded machine takes to check that it is open.
        config.put("acde.gateway.routes.flaky.prefixes", "/api/v1/flaky");
        config.put("acde.gateway.routes.flaky.breaker.request-volume", "4");
        config.put("acde.gateway.routes.flaky.breaker.delay", "5s");
        // The initiatives stand-in again under a route with a short timeout, for the slow-upstream cases; the other
        // routes keep the default 10 s, so a cold first answer never turns a happy path into a 504.
        config.put("acde.gateway.routes.slow.upstream", SERVERS.get("initiatives").baseUrl());
        config.put("acde.gateway.routes.slow.prefixes", "/api/v1/slow");
        config.put("acde.gateway.routes.slow.timeout", "1s");
        config.put("acde.gateway.routes.slow.breaker.request-volume", "1000");
        // An upstream that goes silent mid-answer.
        stalling = new StallingUpstream();
        config.put("acde.gateway.routes.stalling.upstream", stalling.baseUrl());
        config.put("acde.gateway.routes.stalling.prefixes", "/api/v1/stalling");
        config.put("acde.gateway.routes.stalling.timeout", "1s");
        config.put("acde.gateway.routes.stalling.breaker.request-volume", "1000");
        // An upstream nobody listens on, for the outage cases.
        config.put("acde.gateway.routes.offline.upstream", "http://127.0.0.1:" + closedPort());
        config.put("acde.gateway.routes.offline.prefixes", "/api/v1/offline");
        return config;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(WireMockServer::stop);
        SERVERS.clear();
        try {
            stalling.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
