package org.acde.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * No HTTP/2 over cleartext (h2c upgrade or prior knowledge) on the plain port. Through Vert.x's proxy, a problem the
 * gateway answers itself (an upstream timeout, for one) never reached a caller that had upgraded to h2c, which
 * then waited forever; such callers now simply stay on HTTP/1.1. HTTP/2 remains available over TLS.
 */
@ApplicationScoped
public class CleartextHttp1Only implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
