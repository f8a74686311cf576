package org.acde.events.feed;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An event as events-service keeps it: once per id, at a {@code position} in the one feed across all services.
 *
 * @param event the CloudEvent, structured JSON, exactly as the recording service wrote it
 */
public record StoredEvent(long position, UUID id, String type, String subject, Set<String> parties,
        Set<String> audience, OffsetDateTime occurredAt, JsonNode event) {
}
