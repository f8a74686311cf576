package org.acde.events.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.platform.events.Audience;
import org.acde.platform.events.PublishedEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a batch must be before anything of it is stored: every field of every event well-formed, and the envelope
 * (the columns the feed filters and checks visibility on) saying what the CloudEvent itself says, so that no reader
 * is shown an event under another type, subject or audience than the one it carries. One 400 names every fault
 * ({@code [3].event.time}); nothing of a refused batch is stored.
 */
final class PublishedEventRules {

    static final int MAX_EVENTS = 1000;
    private static final Pattern TYPE = Pattern.compile("^org\\.acde(\\.[a-z0-9][a-z0-9_-]*){2,}$");
    private static final Pattern SUBJECT = Pattern.compile("^/api/v1(/[A-Za-z0-9._~-]+)+$");
    private static final Pattern SOURCE = Pattern.compile("^urn:acde:[a-z0-9-]+$");
    private static final Pattern READER = Pattern.compile("^(" + Pattern.quote(Audience.ANYONE)
            + "|(party|agency):[A-Z]{2}|client:[\\x21-\\x7e]{1,255})$");
    private static final int MAX_TEXT = 200;
    private static final int MAX_SUBJECT = 500;
    private static final int MAX_READERS = 50;

    private PublishedEventRules() {
    }

    static void check(List<PublishedEvent> batch) {
        if (batch == null || batch.isEmpty() || batch.size() > MAX_EVENTS) {
            throw ProblemException.badField("body", "an array of 1 to " + MAX_EVENTS + " events");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            PublishedEvent event = batch.get(i);
            String at = "[" + i + "]";
            if (event == null) {
                errors.add(new FieldError(at, "must be an event"));
                continue;
            }
            if (event.id() == null) {
                errors.add(new FieldError(at + ".id", "must not be null"));
            } else if (!ids.add(event.id())) {
                errors.add(new FieldError(at + ".id", "appears earlier in the same batch"));
            }
            text(errors, at + ".aggregateType", event.aggregateType(), MAX_TEXT, null);
            text(errors, at + ".aggregateId", event.aggregateId(), MAX_TEXT, null);
            text(errors, at + ".type", event.type(), MAX_TEXT, TYPE);
            text(errors, at + ".subject", event.subject(), MAX_SUBJECT, SUBJECT);
            if (event.occurredAt() == null) {
                errors.add(new FieldError(at + ".occurredAt", "must not be null"));
            }
            parties(errors, at + ".parties", event.parties());
            audience(errors, at + ".audience", event.audience());
            cloudEvent(errors, at + ".event", event);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max, Pattern pattern) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        } else if (pattern != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, "must match " + pattern.pattern()));
        }
    }

    private static void parties(List<FieldError> errors, String field, List<String> parties) {
        if (parties == null) {
            errors.add(new FieldError(field, "must not be null"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            String party = parties.get(i);
            if (party == null || !isParty(party)) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a party code"));
            } else if (!seen.add(party)) {
                errors.add(new FieldError(field + "[" + i + "]", "appears twice"));
            }
        }
    }

    private static void audience(List<FieldError> errors, String field, List<String> readers) {
        if (readers == null) {
            errors.add(new FieldError(field, "must not be null"));
            return;
        }
        if (readers.size() > MAX_READERS) {
            errors.add(new FieldError(field, "at most " + MAX_READERS + " readers"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < readers.size(); i++) {
            String reader = readers.get(i);
            if (reader == null || !READER.matcher(reader).matches()
                    || (reader.startsWith("party:") || reader.startsWith("agency:"))
                            && !isParty(reader.substring(reader.indexOf(':') + 1))) {
                errors.add(new FieldError(field + "[" + i + "]",
                        "must be anyone, party:<party>, agency:<party> or client:<caller id>"));
            } else if (!seen.add(reader)) {
                errors.add(new FieldError(field + "[" + i + "]", "appears twice"));
            }
        }
    }

    /** The CloudEvent as recorded, agreeing with its envelope. */
    private static void cloudEvent(List<FieldError> errors, String field, PublishedEvent event) {
        JsonNode cloudEvent = event.event();
        if (cloudEvent == null || !cloudEvent.isObject()) {
            errors.add(new FieldError(field, "must be a CloudEvent in JSON structured mode (an object)"));
            return;
        }
        if (!"1.0".equals(string(cloudEvent, "specversion"))) {
            errors.add(new FieldError(field + ".specversion", "must be 1.0"));
        }
        String source = string(cloudEvent, "source");
        if (source == null || source.length() > MAX_TEXT || !SOURCE.matcher(source).matches()) {
            errors.add(new FieldError(field + ".source", "must be urn:acde:<service>"));
        }
        same(errors, field + ".id", string(cloudEvent, "id"), event.id() == null ? null : event.id().toString());
        same(errors, field + ".type", string(cloudEvent, "type"), event.type());
        same(errors, field + ".subject", string(cloudEvent, "subject"), event.subject());
        String time = string(cloudEvent, "time");
        try {
            if (time == null || event.occurredAt() == null
                    || !OffsetDateTime.parse(time).toInstant().equals(event.occurredAt().toInstant())) {
                errors.add(new FieldError(field + ".time", "must be the event's occurredAt"));
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field + ".time", "must be an RFC 3339 time"));
        }
    }

    private static void same(List<FieldError> errors, String field, String actual, String expected) {
        if (actual == null || !actual.equals(expected)) {
            errors.add(new FieldError(field, "must be the event's own (" + field.substring(field.lastIndexOf('.') + 1) + ")"));
        }
    }

    private static String string(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static boolean isParty(String code) {
        try {
            Party.valueOf(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
