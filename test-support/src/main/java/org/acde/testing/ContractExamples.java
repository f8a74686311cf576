package org.acde.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends every request example of a live contract to the service, as a partner copying it from Swagger UI would,
 * and checks the answer is the 2xx the contract promises, with the headers it declares and the properties it marks
 * required. Path parameters are the ids of resources the examples themselves created: creating operations run first
 * (those whose paths need no id, then those nested under what was created), then replacements ({@code PUT}, with the
 * {@code ETag} just read in {@code If-Match}), then the other actions. Each runs with the token {@code token} chooses
 * for it, by default one of the first role its description names.
 */
final class ContractExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROLES = Pattern.compile("Roles: ([a-z, ]+)\\.");

    private record Call(String method, String template, JsonNode operation, JsonNode example) {

        String operationId() {
            return operation.path("operationId").asText();
        }

        int phase() {
            boolean creates = operation.path("responses").has("201");
            if (creates) {
                return template.contains("{") ? 1 : 0;
            }
            return "PUT".equals(method) ? 2 : 3;
        }
    }

    private final JsonNode contract;
    private final BiFunction<String, List<String>, String> token;
    /** Paths of the resources the examples created, newest last. */
    private final List<String> created = new ArrayList<>();

    ContractExamples(JsonNode contract, BiFunction<String, List<String>, String> token) {
        this.contract = contract;
        this.token = token;
    }

    /** The operation ids whose examples were sent. */
    List<String> sendAll(List<String> skipped) {
        List<Call> calls = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode example = example(entry.getValue());
            if (example != null && !skipped.contains(entry.getValue().path("operationId").asText())) {
                calls.add(new Call(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), entry.getValue(), example));
            }
        }));
        calls.sort((a, b) -> Integer.compare(a.phase(), b.phase()));
        List<String> sent = new ArrayList<>();
        List<Call> pending = new ArrayList<>(calls);
        while (!pending.isEmpty()) {
            List<Call> waiting = new ArrayList<>();
            int phase = pending.get(0).phase();
            for (Call call : pending) {
                String path = call.phase() == phase ? resolve(call.template) : null;
                if (path == null) {
                    waiting.add(call);
                    continue;
                }
                send(call, path);
                sent.add(call.operationId());
            }
            if (waiting.size() == pending.size()) {
                fail("No resource created by an example fits the path of %s", waiting.stream().map(Call::operationId).toList());
            }
            pending = waiting;
        }
        return sent;
    }

    /** The first example of the JSON request body: the media type's, else its schema's. */
    private JsonNode example(JsonNode operation) {
        JsonNode media = operation.path("requestBody").path("content").path("application/json");
        if (media.isMissingNode()) {
            return null;
        }
        if (media.path("examples").isObject() && media.path("examples").size() > 0) {
            return media.path("examples").elements().next().path("value");
        }
        JsonNode schema = resolved(media.path("schema"));
        return schema.path("examples").isArray() && schema.path("examples").size() > 0 ? schema.path("examples").get(0) : null;
    }

    private JsonNode resolved(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = contract.at(ref.substring(1));
        }
        return current;
    }

    /** The template with its ids taken from the newest created resource whose path fits, or null if none does. */
    private String resolve(String template) {
        int last = template.lastIndexOf('}');
        if (last < 0) {
            return template;
        }
        String prefix = template.substring(0, last + 1);
        Pattern fits = Pattern.compile(Pattern.quote(prefix).replaceAll("\\{[^}]+}", "\\\\E([^/]+)\\\\Q"));
        for (int i = created.size() - 1; i >= 0; i--) {
            Matcher matcher = fits.matcher(created.get(i));
            if (matcher.matches()) {
                return created.get(i) + template.substring(last + 1);
            }
        }
        return null;
    }

    private void send(Call call, String path) {
        String description = call.operationId() + " (" + call.method + " " + path + ")";
        RequestSpecification request = given().contentType("application/json").body(call.example.toString());
        Matcher roles = ROLES.matcher(call.operation.path("description").asText(""));
        String bearer = token.apply(call.operationId(), roles.find() ? List.of(roles.group(1).split(",\\s*")) : List.of());
        if (bearer != null) {
            request.auth().oauth2(bearer);
        }
        if (hasHeader(call.operation, "If-Match")) {
            var read = given();
            if (bearer != null) {
                read.auth().oauth2(bearer);
            }
            String etag = read.get(path).then().statusCode(200).extract().header("ETag");
            assertThat(etag).as("ETag of %s, for %s", path, description).isNotNull();
            request.header("If-Match", etag);
        }
        if (hasHeader(call.operation, "Idempotency-Key")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        Response response = request.request(call.method, path);
        String status = Integer.toString(response.statusCode());
        JsonNode declared = call.operation.path("responses").path(status);
        assertThat(status).as("%s answers its example with a 2xx the contract declares, not %s", description,
                response.asString()).startsWith("2");
        assertThat(declared.isMissingNode()).as("%s answered %s, which its contract does not declare", description, status)
                .isFalse();
        declared.path("headers").fieldNames().forEachRemaining(header -> {
            if (header.equals("ETag") || header.equals("Location")) {
                assertThat(response.header(header)).as("%s header of %s", header, description).isNotNull();
            }
        });
        if (!declared.path("headers").has("ETag")) {
            assertThat(response.header("ETag")).as("ETag of %s, which the contract does not declare", description).isNull();
        }
        JsonNode schema = resolved(declared.path("content").path("application/json").path("schema"));
        if (!schema.isMissingNode()) {
            JsonNode body = read(response.asString());
            schema.path("required").forEach(property -> assertThat(body.has(property.asText()))
                    .as("required property %s in the answer of %s: %s", property.asText(), description, body).isTrue());
        }
        if ("201".equals(status)) {
            created.add(URI.create(response.header("Location")).getPath());
        }
    }

    private static boolean hasHeader(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("header".equals(parameter.path("in").asText()) && name.equalsIgnoreCase(parameter.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }
}
