package org.acde.platform.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import org.acde.testing.WireMockServers;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** events-service as WireMock on a dynamic port: takes every batch (202) until a test says otherwise. */
public class EventsServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String INGEST = "/internal/v1/events";

    private static WireMockServer server;

    static WireMockServer server() {
        return server;
    }

    /** Forgets what it received; answers {@code status} from now on. */
    static void answer(int status) {
        server.resetAll();
        server.stubFor(post(urlEqualTo(INGEST)).willReturn(aResponse().withStatus(status)));
    }

    @Override
    public Map<String, String> start() {
        server = WireMockServers.start(options().dynamicPort());
        answer(202);
        return Map.of("acde.events.ingest-url", server.baseUrl() + INGEST);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
