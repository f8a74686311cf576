package org.acde.events.webhooks.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery this replica holds the lease on, with what sending it takes.
 *
 * @param attempts the attempts made before this one
 */
record Claim(UUID id, UUID lease, UUID webhookId, UUID eventId, int attempts, String body, String url,
        byte[] secret, byte[] previousSecret, Instant previousSecretUntil) {
}
