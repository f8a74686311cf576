package org.acde.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What every ACDE Hub service must offer, checked the same way in each: a service's test extends this class,
 * annotates it with {@code @QuarkusTest} and names its module.
 */
public abstract class ServiceConventionsTest {

    /** The Maven module, which is also the name of its contract snapshot. */
    protected abstract String module();

    /** Whether readiness must include a database check. */
    protected boolean hasDatabase() {
        return true;
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        var ready = given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        if (hasDatabase()) {
            ready.body("checks.name", hasItem(containsString("Database")));
        }
    }

    @Test
    void servesOpenApiWithTheProblemSchemaAndSwaggerUi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", not(emptyOrNullString()))
                .body("components.schemas", hasKey("Problem"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void echoesTheRequestId() {
        given().header("X-Request-Id", "conventions-0001").get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", is("conventions-0001"));
    }

    @Test
    void unknownApiPathsAreProblems() {
        given().get("/api/v1/no-such-resource").then().statusCode(404).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:not-found"))
                .body("instance", is("/api/v1/no-such-resource"));
    }

    /**
     * Every path of the contract, sent a method it does not list: 405 with an Allow header naming what it does; and
     * OPTIONS names the same.
     */
    @Test
    void aMethodAPathDoesNotTakeIsA405ThatSaysWhatItTakes() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().path("paths");
        paths.forEach((template, operations) -> {
            Set<String> listed = new TreeSet<>();
            operations.keySet().forEach(method -> listed.add(method.toUpperCase()));
            String unlisted = Stream.of("PATCH", "DELETE", "PUT", "POST").filter(method -> !listed.contains(method))
                    .findFirst().orElse(null);
            if (unlisted == null) {
                return;
            }
            if (listed.contains("GET")) {
                listed.add("HEAD");
            }
            listed.add("OPTIONS");
            String path = template.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            try {
                given().request(unlisted, path).then().statusCode(405).contentType("application/problem+json")
                        .header("Allow", is(String.join(", ", listed)));
                given().options(path).then().statusCode(200).header("Allow", is(String.join(", ", listed)));
            } catch (AssertionError e) {
                throw new AssertionError(path + " (sent " + unlisted + ", then OPTIONS): " + e.getMessage(), e);
            }
        });
    }

    /** Partners generate clients from the contract: every operation has a unique name and says what it takes in tokens. */
    @Test
    void everyOperationIsNamedAndDeclaresItsTokenUse() throws Exception {
        Set<String> names = new TreeSet<>();
        for (OpenApiOperations.Operation operation : liveOperations()) {
            assertThat(operation.operationId()).as("operationId of %s", operation).isNotBlank();
            assertThat(names.add(operation.operationId())).as("operationId %s is unique", operation.operationId()).isTrue();
            assertThat(operation.security()).as("security of %s (none: [], optional: [{}, {keycloak: []}])", operation)
                    .isNotNull();
        }
    }

    /**
     * The service agrees with its contract about anonymous callers, which is also what the gateway lets through: an
     * operation that requires a token answers 401 without one; one that takes none or an optional one never answers
     * 401 or 403 (a missing resource is still 404, a bad request 400).
     */
    @Test
    void anonymousCallersAreAnsweredAsTheContractSays() throws Exception {
        for (OpenApiOperations.Operation operation : liveOperations()) {
            var request = given();
            if (operation.hasBody()) {
                request = request.contentType("application/json").body("{}");
            }
            int status = request.request(operation.method(), operation.samplePath()).then().extract().statusCode();
            if (operation.admitsAnonymous()) {
                assertThat(status).as("anonymous %s", operation).isNotIn(401, 403);
            } else {
                assertThat(status).as("anonymous %s", operation).isEqualTo(401);
            }
        }
    }

    /**
     * Partners build on the contract as written: every operation with a body shows an example, and the service
     * accepts each example, with only what a partner fills in themselves filled in (the ids of resources created
     * before, dates moved to today: see {@link ContractExamples}).
     */
    @Test
    void everyRequestExampleIsAccepted() throws Exception {
        JsonNode contract = liveContract();
        ContractExamples examples = new ContractExamples(contract, this::exampleToken);
        assertThat(examples.withoutExamples()).as("operations with a request body but no example").isEmpty();
        List<String> sent = exampleSteps().isEmpty() ? examples.sendAll(examplesNotSent()) : examples.send(exampleSteps());
        List<String> unsent = new java.util.ArrayList<>();
        for (OpenApiOperations.Operation operation : OpenApiOperations.of(contract)) {
            if (operation.hasBody() && !sent.contains(operation.operationId())
                    && !examplesNotSent().contains(operation.operationId())) {
                unsent.add(operation.operationId());
            }
        }
        assertThat(unsent).as("operations whose example was not sent").isEmpty();
    }

    /**
     * The order in which the request examples are sent, and by whom, for a service whose examples depend on each other
     * (an interest needs a published opportunity, a result a cohort that has ended) or on several callers. Empty (the
     * default): every example once, creations first (see {@link ContractExamples}).
     */
    protected List<ExampleStep> exampleSteps() {
        return List.of();
    }

    /**
     * The token that sends an operation's request example; {@code roles} are those its description names. By
     * default one of the first role (an agency or partner of VN), none for a public operation.
     */
    protected String exampleToken(String operationId, List<String> roles) {
        if (roles.isEmpty()) {
            return null;
        }
        return switch (roles.get(0)) {
            case "secretariat" -> Tokens.secretariat();
            case "agency" -> Tokens.agency("VN");
            default -> Tokens.partner("VN");
        };
    }

    /** Operations whose example this module's tests cannot send (the override says why). */
    protected List<String> examplesNotSent() {
        return List.of();
    }

    /**
     * What JSON Schema reads in the contract means what the service does: every pattern is anchored (Bean
     * Validation matches whole strings, JSON Schema finds substrings); every operation names its 2xx answer.
     */
    @Test
    void patternsAreAnchoredAndEveryOperationHasA2xx() throws Exception {
        JsonNode contract = liveContract();
        List<String> unanchored = new java.util.ArrayList<>();
        contract.findValues("pattern").forEach(pattern -> {
            if (pattern.isTextual() && !(pattern.asText().startsWith("^") && pattern.asText().endsWith("$"))) {
                unanchored.add(pattern.asText());
            }
        });
        assertThat(unanchored).as("unanchored patterns").isEmpty();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            List<String> codes = new java.util.ArrayList<>();
            operation.getValue().path("responses").fieldNames().forEachRemaining(codes::add);
            assertThat(codes).as("responses of %s %s", operation.getKey(), path.getKey()).anyMatch(code -> code.startsWith("2"));
        }));
    }

    private static JsonNode liveContract() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(json);
    }

    private static List<OpenApiOperations.Operation> liveOperations() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return OpenApiOperations.of(new ObjectMapper().readTree(json));
    }

    /**
     * Every operation of the contract, sent every query parameter it lists and one it does not, with a token of a role
     * it admits: a 400 naming that one alone. So no operation ignores a parameter it does not take, nor refuses one it
     * takes.
     */
    @Test
    void aQueryParameterAnOperationDoesNotListIsA400NamingIt() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().path("paths");
        List<String> tokens = List.of(Tokens.secretariat(), Tokens.agency("VN"), Tokens.partner("VN"));
        paths.forEach((template, operations) -> operations.forEach((method, operation) -> {
            String path = template.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            // The first role the operation admits; a role check answers before the parameters are looked at.
            Response answer = null;
            for (String token : tokens) {
                RequestSpecification request = given().auth().oauth2(token).queryParam("unlisted", "x");
                parameters.stream().filter(parameter -> "query".equals(parameter.get("in")))
                        .forEach(parameter -> request.queryParam((String) parameter.get("name"), "x"));
                if (!method.equals("get") && !method.equals("delete")) {
                    request.contentType(ContentType.JSON).body("{}");
                }
                answer = request.request(method.toUpperCase(), path);
                if (answer.statusCode() != 403) {
                    break;
                }
            }
            try {
                answer.then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("unlisted"));
            } catch (AssertionError e) {
                throw new AssertionError(method.toUpperCase() + " " + path + ": " + e.getMessage(), e);
            }
        }));
    }

    @Test
    void liveContractMatchesTheCommittedSnapshot() throws Exception {
        OpenApiSnapshot.assertLiveContractMatchesSnapshot(module());
    }
}
