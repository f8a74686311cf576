package org.acde.contracts.events;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an item of the change feed is, for the contract: a CloudEvents 1.0 event in its JSON structured form. The feed
 * serves the JSON its service recorded, unchanged ({@link EventPage#items()}), so this record describes it and is
 * never filled in itself.
 */
@Schema(name = "CloudEvent", requiredProperties = { "specversion", "id", "source", "type", "subject", "time" },
        additionalProperties = Schema.True.class,
        description = "A CloudEvents 1.0 event, JSON structured mode (https://github.com/cloudevents/spec)")
public record CloudEvent(
        @Schema(description = "The CloudEvents version", examples = "1.0") String specversion,
        @Schema(description = "The event's id; an event seen twice (at-least-once delivery) has the same id") UUID id,
        @Schema(description = "The service that recorded it: `urn:acde:<service>`", examples = "urn:acde:matchmaking-service") String source,
        @Schema(description = "What happened: `org.acde.<service>.<resource>.<what happened>`", examples = "org.acde.matchmaking.interest.accepted") String type,
        @Schema(description = "The resource it is about: its path through the gateway", examples = "/api/v1/interests/0b6b3a6e-8f0c-4a8e-9a52-2f1f4ad0c5d1") String subject,
        @Schema(description = "When the change was committed") Instant time,
        @Schema(description = "The media type of `data`", examples = "application/json") String datacontenttype,
        @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class, description = "The resource's public view"
                + " right after the change, as its own `GET` shows it to a reader of the event; for an erasure, ids only")
        Object data) {
}
