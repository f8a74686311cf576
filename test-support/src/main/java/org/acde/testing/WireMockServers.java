package org.acde.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** WireMock servers for test resources, started warm. */
public final class WireMockServers {

    private WireMockServers() {
    }

    /**
     * Starts a server and has it answer one stubbed request before any test does. A fresh JVM's WireMock takes about
     * half a second for its first answer; under a build's load that nears the 0.4–1 s timeouts the failure-case
     * tests configure, and a happy-path test that came first failed at random.
     */
    public static WireMockServer start(WireMockConfiguration options) {
        WireMockServer server = new WireMockServer(options);
        server.start();
        server.stubFor(get(urlEqualTo("/warm-up")).willReturn(okJson("{}")));
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/warm-up")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while warming WireMock up", e);
        }
        server.resetAll();
        return server;
    }
}
