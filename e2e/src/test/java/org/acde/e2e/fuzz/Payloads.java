package org.acde.e2e.fuzz;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds a plausible, schema-valid value for a contract schema, to be bent into bad ones. */
final class Payloads {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Values that satisfy the patterns our contracts use (money, periods, currencies, client ids, party codes, emails). */
    private static final List<String> PATTERN_CANDIDATES = List.of("100.00", "2026", "2026-H1", "USD", "VN", "fuzz-client-1",
            "CN-USCI-91110000MA01", "en", "example", "fuzz@example.org");

    private final JsonNode document;
    private final Random random;

    Payloads(JsonNode document, Random random) {
        this.document = document;
        this.random = random;
    }

    JsonNode valid(JsonNode schema) {
        return valid(schema, 0);
    }

    private JsonNode valid(JsonNode schema, int depth) {
        JsonNode s = Contract.resolve(document, schema);
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(random.nextInt(s.get("enum").size()));
        }
        String type = type(s);
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                for (Iterator<Map.Entry<String, JsonNode>> fields = s.path("properties").fields(); fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    object.set(field.getKey(), valid(field.getValue(), depth + 1));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth <= 4 && s.has("items")) {
                    array.add(valid(s.get("items"), depth + 1));
                }
                return array;
            }
            case "integer":
                return NODES.numberNode(s.has("minimum") ? s.get("minimum").asLong() : 1);
            case "number":
                return NODES.numberNode(s.has("minimum") ? s.get("minimum").asDouble() : 1.5);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.textNode(string(s));
        }
    }

    private String string(JsonNode s) {
        String format = s.path("format").asText("");
        switch (format) {
            case "date":
                return "2026-06-01";
            case "date-time":
                return "2026-06-01T00:00:00Z";
            case "uuid":
                return UUID.randomUUID().toString();
            case "uri", "url":
                return "https://example.org/fuzz";
            case "email":
                return "fuzz@example.org";
            default:
        }
        int min = s.path("minLength").asInt(1);
        String plain = "fuzz" + "x".repeat(Math.max(0, min - 4));
        if (s.has("maxLength") && plain.length() > s.get("maxLength").asInt()) {
            plain = plain.substring(0, Math.max(min, s.get("maxLength").asInt()));
        }
        if (s.has("pattern")) {
            // Every pattern is anchored and @NotBlank is one too: plain text where it fits, else a value of that shape.
            Pattern pattern = Pattern.compile(s.get("pattern").asText());
            if (pattern.matcher(plain).matches()) {
                return plain;
            }
            for (String candidate : PATTERN_CANDIDATES) {
                if (pattern.matcher(candidate).matches()) {
                    return candidate;
                }
            }
        }
        return plain;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }
}
