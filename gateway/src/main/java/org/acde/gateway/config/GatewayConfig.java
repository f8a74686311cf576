package org.acde.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The routing table: which upstream serves which API path prefixes, and how long the gateway waits for it. */
@ConfigMapping(prefix = "acde.gateway")
public interface GatewayConfig {

    /** Upstreams by name (initiatives, matchmaking, capacity). */
    Map<String, Upstream> routes();

    /** How long readiness and the portal wait for an upstream's own readiness answer. */
    @WithDefault("1s")
    Duration probeTimeout();

    Portal portal();

    interface Portal {

        /** Keycloak's token endpoint, shown in the portal's curl example. */
        String tokenUrl();

        /**
         * Local development only: whether the portal lists the demo API clients and users of the local realm with
         * their secrets and passwords, read from {@link #demoRealmFile()}. Off unless a local stack turns it on.
         */
        @WithDefault("false")
        boolean demoCredentials();

        /**
         * The realm file the local Keycloak imports ({@code deploy/keycloak/realm-acde.json}), where the demo
         * credentials are read from once at start; required when {@link #demoCredentials()} is on.
         */
        Optional<String> demoRealmFile();
    }

    interface Upstream {

        /** Base URL of the service, e.g. {@code http://localhost:8081}. */
        URI upstream();

        /** Path prefixes it serves; a prefix matches itself and anything below it, e.g. {@code /api/v1/initiatives}. */
        List<String> prefixes();

        /** How long the upstream may stay silent before the gateway gives up on a request. */
        @WithDefault("10s")
        Duration timeout();

        @WithDefault("2s")
        Duration connectTimeout();

        /** Connections kept to the upstream by each event loop (each has its own pool, see UpstreamProxy). */
        @WithDefault("200")
        int maxConnections();

        /** The upstream's circuit breaker. */
        Breaker breaker();
    }

    interface Breaker {

        /** How many recent calls the failure ratio is computed over. */
        @WithDefault("20")
        int requestVolume();

        /** Share of failed calls among the recent ones that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker refuses calls before letting a trial call through. */
        @WithDefault("5s")
        Duration delay();
    }
}
