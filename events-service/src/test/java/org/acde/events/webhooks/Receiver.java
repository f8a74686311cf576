package org.acde.events.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;

import org.acde.testing.WireMockServers;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** A subscriber's endpoint: WireMock on loopback over plain http (the test profile allows http to 127.0.0.1). */
public final class Receiver implements AutoCloseable {

    private final WireMockServer server = WireMockServers.start(options().dynamicPort().bindAddress("127.0.0.1"));

    /** A URL on this receiver that answers {@code answer} (204 unless told otherwise). */
    public String url(String path, ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo(path)).willReturn(answer));
        return server.baseUrl().replace("localhost", "127.0.0.1") + path;
    }

    public String url(String path) {
        return url(path, aResponse().withStatus(204));
    }

    public int port() {
        return server.port();
    }

    public WireMockServer server() {
        return server;
    }

    /** What reached {@code path}, in the order it arrived. */
    public List<LoggedRequest> received(String path) {
        return server.findAll(postRequestedFor(urlEqualTo(path)));
    }

    @Override
    public void close() {
        server.stop();
    }
}
