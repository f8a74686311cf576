package org.acde.gateway.routing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Three WireMock servers on dynamic ports standing in for the services, wired into the routing table. */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, WireMockServer> SERVERS = new HashMap<>();

    public static WireMockServer upstream(String name) {
        return SERVERS.get(name);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String name : new String[] { "initiatives", "matchmaking", "capacity" }) {
            WireMockServer server = new WireMockServer(options().dynamicPort().gzipDisabled(true));
            server.start();
            SERVERS.put(name, server);
            config.put("acde.gateway.routes." + name + ".upstream", server.baseUrl());
        }
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
    }
}
