package org.acde.events.webhooks.subscription;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of webhook subscriptions and their delivery ({@code acde.webhooks.*}); README "Webhooks" lists them. */
@ConfigMapping(prefix = "acde.webhooks")
public interface WebhooksConfig {

    /** Base64 of the 32-byte AES key that encrypts signing secrets at rest; the same on every replica. */
    String secretKey();

    /** How long deliveries are also signed with the secret a rotation replaced. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** Hosts exempt from the address check (loopback, private, ...), by name or literal as written in the URL. */
    Optional<Set<String>> allowedHosts();

    /** Hosts that may be reached over plain http. */
    Optional<Set<String>> allowHttpHosts();

    /** To connect to a receiver. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** For a whole attempt, connection to the end of the answer; then it is cut off. */
    @WithDefault("10s")
    Duration timeout();

    /** Bytes of an answer's body read at most; then the connection is dropped. */
    @WithDefault("65536")
    int maxAnswerBytes();

    Retry retry();

    Delivery delivery();

    interface Retry {

        /** The first retry comes after up to this long; each one doubles it (full jitter). */
        @WithDefault("5s")
        Duration initialDelay();

        @WithDefault("1h")
        Duration maxDelay();

        /** After this long without success a delivery is FAILED and its subscription FAILING. */
        @WithDefault("3d")
        Duration giveUpAfter();
    }

    interface Delivery {

        /** How long a replica's claim on a delivery lasts; longer than {@link #timeout()}. */
        @WithDefault("60s")
        Duration lease();

        /** The safety net beside LISTEN/NOTIFY: how often a replica looks for due deliveries when nothing wakes it. */
        @WithDefault("5s")
        Duration pollEvery();

        /** Deliveries a replica has under way at once. */
        @WithDefault("64")
        int maxInFlight();

        /** Deliveries a replica has under way at once to one subscription, so one slow receiver cannot hold them all. */
        @WithDefault("16")
        int maxInFlightPerWebhook();

        /** Deliveries older than this are deleted, whatever their status. */
        @WithDefault("30d")
        Duration retention();
    }
}
