package org.acde.platform.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One outbox row as the relay hands it to events-service ({@code POST /internal/v1/events}, a JSON array of these, in
 * the order the service wrote them). events-service keeps the first copy of each {@code id}, so a batch sent twice
 * (the relay died before it marked it sent) changes nothing.
 *
 * @param event the CloudEvent, structured JSON, exactly as recorded
 */
public record PublishedEvent(UUID id, String aggregateType, String aggregateId, String type, String subject,
        OffsetDateTime occurredAt, List<String> parties, List<String> audience, JsonNode event) {
}
