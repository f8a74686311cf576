package org.acde.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends the request examples of a live contract to the service, as a partner copying them from Swagger UI would,
 * and checks each answer is the 2xx the contract promises, with the headers it declares and the properties it marks
 * required. An operation's example is its JSON body's first named example if it has any (an operation whose example
 * must differ from its schema's, e.g. a reschedule), else its schema's first.
 * <p>
 * Examples are written to stand as they are, with two things a partner would fill in themselves:
 * <ul>
 * <li><b>Ids</b>. A path id is that of the newest resource the examples created (a 201's {@code Location}) whose path
 * fits. An id in a body that names a resource another example creates is a placeholder of
 * {@code org.acde.contracts.openapi.ExampleIds}; the step that creates the resource says which placeholder it
 * stands for ({@link ExampleStep#creates}), and later bodies get its real id instead.</li>
 * <li><b>Dates</b>. Examples are written as if today were {@link #WRITTEN_AS_OF}. Every date ({@code 2027-03-01}) and
 * date-time ({@code 2027-02-21T17:00:00Z}) in a body moves by the days from then to today (UTC), so an enrolment
 * window stays open, a cohort that has ended stays ended, and an expiry stays ahead, whatever day the test runs.
 * Values that merely look like dates inside other text, and periods such as {@code 2026-H1}, stay as written.</li>
 * </ul>
 * The order is the service's {@link ExampleStep}s if it lists any; else every example once: creating operations first
 * (those whose paths need no id, then those nested under what was created), then replacements ({@code PUT}, with
 * the {@code ETag} just read in {@code If-Match}), then the other actions. A step without a caller of its own runs
 * with the token {@code token} chooses for it, by default one of the first role its description names.
 */
final class ContractExamples {

    /** The day request examples are written for: their dates move by the days from it to the day the test runs. */
    static final LocalDate WRITTEN_AS_OF = LocalDate.of(2027, 1, 4);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROLES = Pattern.compile("Roles: ([a-z, ]+)\\.");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern PATH_NAME = Pattern.compile("\\{([^}]+)}");

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
    private final long shiftDays;
    /** Paths of the resources the examples created, newest last. */
    private final List<String> created = new ArrayList<>();
    /** The answers' bodies, newest last. */
    private final List<JsonNode> answers = new ArrayList<>();
    /** Every placeholder a step creates, and the real ids of those created so far. */
    private final Set<String> placeholders = new HashSet<>();
    private final Map<String, String> ids = new HashMap<>();

    ContractExamples(JsonNode contract, BiFunction<String, List<String>, String> token) {
        this.contract = contract;
        this.token = token;
        this.shiftDays = ChronoUnit.DAYS.between(WRITTEN_AS_OF, LocalDate.now(ZoneOffset.UTC));
    }

    /** The operation ids with a request body but no JSON example. */
    List<String> withoutExamples() {
        List<String> missing = new ArrayList<>();
        calls().forEach(call -> {
            if (call.example == null) {
                missing.add(call.operationId());
            }
        });
        return missing;
    }

    /** Sends every example once, in the default order, but those of {@code skipped}; answers the ids sent. */
    List<String> sendAll(List<String> skipped) {
        List<Call> calls = new ArrayList<>(calls().stream()
                .filter(call -> call.example != null && !skipped.contains(call.operationId())).toList());
        calls.sort((a, b) -> Integer.compare(a.phase(), b.phase()));
        List<String> sent = new ArrayList<>();
        List<Call> pending = new ArrayList<>(calls);
        while (!pending.isEmpty()) {
            List<Call> waiting = new ArrayList<>();
            int phase = pending.get(0).phase();
            for (Call call : pending) {
                String path = call.phase() == phase ? resolve(call.template, created) : null;
                if (path == null) {
                    waiting.add(call);
                    continue;
                }
                send(call, path, bearer(call, null), null);
                sent.add(call.operationId());
            }
            if (waiting.size() == pending.size()) {
                fail("No resource created by an example fits the path of %s", waiting.stream().map(Call::operationId).toList());
            }
            pending = waiting;
        }
        return sent;
    }

    /** Sends the examples as the steps say, in their order; answers the ids sent. */
    List<String> send(List<ExampleStep> steps) {
        steps.stream().filter(step -> step.creates != null).forEach(step -> placeholders.add(step.creates));
        Map<String, Call> byId = new HashMap<>();
        calls().forEach(call -> byId.put(call.operationId(), call));
        List<String> sent = new ArrayList<>();
        for (ExampleStep step : steps) {
            Call call = byId.get(step.operationId);
            if (call == null || call.example == null) {
                fail("Step %s: no operation %s with a request example in the contract", steps.indexOf(step) + 1, step);
            }
            List<String> resources = created;
            if (step.resource != null) {
                String resource = fill(step.resource);
                resources = resource == null ? List.of() : List.of(resource);
            }
            String path = resolve(call.template, resources);
            if (path == null) {
                fail("Step %s (%s): nothing an earlier step created or answered fits %s", steps.indexOf(step) + 1, step,
                        step.resource != null ? step.resource : call.template);
            }
            send(call, path, bearer(call, step.token), step.creates);
            sent.add(call.operationId());
        }
        return sent;
    }

    private List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (entry.getValue().has("requestBody")) {
                calls.add(new Call(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), entry.getValue(),
                        example(entry.getValue())));
            }
        }));
        return calls;
    }

    /** The first example of the JSON request body: the media type's, else its schema's; null if none. */
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

    /** The template with its ids taken from the newest of the resources whose path fits, or null if none does. */
    private static String resolve(String template, List<String> resources) {
        int last = template.lastIndexOf('}');
        if (last < 0) {
            return template;
        }
        String prefix = template.substring(0, last + 1);
        Pattern fits = Pattern.compile(Pattern.quote(prefix).replaceAll("\\{[^}]+}", "\\\\E([^/]+)\\\\Q"));
        for (int i = resources.size() - 1; i >= 0; i--) {
            Matcher matcher = fits.matcher(resources.get(i));
            if (matcher.matches()) {
                return resources.get(i) + template.substring(last + 1);
            }
        }
        return null;
    }

    /** A step's own resource: each {name} from the newest answer that has the property, or null if none has. */
    private String fill(String template) {
        Matcher names = PATH_NAME.matcher(template);
        StringBuilder path = new StringBuilder();
        while (names.find()) {
            String value = null;
            for (int i = answers.size() - 1; i >= 0 && value == null; i--) {
                JsonNode property = answers.get(i).path(names.group(1));
                value = property.isValueNode() && !property.isNull() ? property.asText() : null;
            }
            if (value == null) {
                return null;
            }
            names.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        names.appendTail(path);
        return path.toString();
    }

    private String bearer(Call call, String given) {
        if (given != null) {
            return given;
        }
        Matcher roles = ROLES.matcher(call.operation.path("description").asText(""));
        return token.apply(call.operationId(), roles.find() ? List.of(roles.group(1).split(",\\s*")) : List.of());
    }

    /** The example as sent: placeholders replaced by the ids they stand for, dates moved to today. */
    private JsonNode body(Call call) {
        return filled(call.example.deepCopy(), call.operationId());
    }

    private JsonNode filled(JsonNode node, String operationId) {
        if (node.isTextual()) {
            String text = node.asText();
            if (placeholders.contains(text)) {
                if (!ids.containsKey(text)) {
                    fail("The example of %s names %s, which stands for a resource no earlier step created", operationId, text);
                }
                return TextNode.valueOf(ids.get(text));
            }
            if (DATE.matcher(text).matches()) {
                return TextNode.valueOf(LocalDate.parse(text).plusDays(shiftDays).toString());
            }
            if (DATE_TIME.matcher(text).matches()) {
                return TextNode.valueOf(OffsetDateTime.parse(text).plusDays(shiftDays).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            return node;
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, filled(object.get(name), operationId)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, filled(array.get(i), operationId));
            }
        }
        return node;
    }

    private void send(Call call, String path, String bearer, String creates) {
        String description = call.operationId() + " (" + call.method + " " + path + ")";
        RequestSpecification request = given().contentType("application/json").body(body(call).toString());
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
            answers.add(body);
        }
        if ("201".equals(status)) {
            String location = URI.create(response.header("Location")).getPath();
            created.add(location);
            if (creates != null) {
                ids.put(creates, location.substring(location.lastIndexOf('/') + 1));
            }
        } else if (creates != null) {
            fail("%s answered %s, not 201: it created nothing to stand for %s", description, status, creates);
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
