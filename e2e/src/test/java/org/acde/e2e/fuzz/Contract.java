package org.acde.e2e.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.acde.testing.OpenApiOperations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** A committed OpenAPI contract, read as the operations it promises. */
public record Contract(String service, JsonNode document, List<Operation> operations) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path COMMITTED = Path.of(System.getProperty("acde.root", "..")).resolve("contracts/openapi");
    private static final Map<String, String> SERVICE_OF_CONTRACT = new TreeMap<>(Map.of(
            "initiatives-service.yaml", "initiatives-service", "matchmaking-service.yaml", "matchmaking-service",
            "capacity-service.yaml", "capacity-service", "events-service.yaml", "events-service", "gateway.yaml", "gateway"));

    /** Every contract committed under contracts/openapi, in file name order. */
    public static List<Contract> committed() throws IOException {
        List<Contract> contracts = new ArrayList<>();
        for (Map.Entry<String, String> file : SERVICE_OF_CONTRACT.entrySet()) {
            contracts.add(load(COMMITTED.resolve(file.getKey()), file.getValue()));
        }
        return contracts;
    }

    /** Every operation of every committed contract. */
    public static List<Operation> allOperations() throws IOException {
        return committed().stream().flatMap(contract -> contract.operations().stream()).toList();
    }

    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** {@code tokenRequired}: the contract's {@code security} admits no anonymous caller. */
    public record Operation(String service, String operationId, String method, String path, List<Parameter> parameters,
            JsonNode body, boolean tokenRequired) {

        @Override
        public String toString() {
            return operationId + " " + method.toUpperCase() + " " + path + " (" + service + ")";
        }
    }

    static Contract load(Path file, String service) throws IOException {
        JsonNode document = YAML.readTree(file.toFile());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode declared : operation.path("parameters")) {
                    JsonNode parameter = parameter(document, declared);
                    parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                            resolve(document, parameter.path("schema")), parameter.path("required").asBoolean()));
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(service, operation.path("operationId").asText(), method.getKey(),
                        path.getKey(), parameters, body.isMissingNode() ? null : resolve(document, body),
                        !OpenApiOperations.admitsAnonymous(operation.get("security"))));
            }
        }
        return new Contract(service, document, operations);
    }

    /** A parameter as declared, or the shared one it refers to ({@code $ref: "#/components/parameters/X-Request-Id"}). */
    static JsonNode parameter(JsonNode document, JsonNode parameter) {
        JsonNode current = parameter;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** The schema with its $ref followed (one level; nested refs are followed while generating). */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String name = current.get("$ref").asText().replace("#/components/schemas/", "");
            current = document.path("components").path("schemas").path(name);
        }
        return current;
    }
}
