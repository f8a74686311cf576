package org.acde.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * The deployment descriptors agree with the code: the compose file names only services, ports and variables the
 * services know, and every Kubernetes overlay renders to objects with probes, limits, pinned images and policies.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> SERVICES = List.of("initiatives-service", "matchmaking-service", "capacity-service",
            "events-service", "gateway");

    @Test
    void composeNamesOnlyWhatTheServicesKnow() throws IOException {
        // SnakeYAML resolves the file's merge keys (<<: *common-env); Jackson's YAML reader would not.
        JsonNode compose = YAML.valueToTree(new Yaml().load(Files.readString(ROOT.resolve("deploy/compose/compose.yaml"))));
        for (String service : SERVICES) {
            JsonNode definition = compose.path("services").path(service);
            assertThat(definition.isMissingNode()).as("compose defines %s", service).isFalse();
            Properties config = configOf(service);
            Set<String> known = environmentNames(config);
            definition.path("environment").fieldNames().forEachRemaining(variable -> assertThat(known)
                    .as("%s: %s is a property of the service", service, variable).contains(variable));
            String port = config.getProperty("quarkus.http.port");
            assertThat(definition.path("ports").get(0).asText()).as("%s publishes its port", service)
                    .isEqualTo(port + ":" + port);
            assertThat(definition.path("environment").path("QUARKUS_HTTP_PORT").asText()).isEqualTo(port);
            assertThat(definition.path("healthcheck").isMissingNode()).as("%s has a health check", service).isFalse();
        }
        assertThat(compose.path("volumes").has("pgdata")).isTrue();
        assertThat(compose.path("services").path("postgres").path("healthcheck").isMissingNode()).isFalse();
        assertThat(compose.path("services").path("keycloak").path("healthcheck").isMissingNode()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void overlaysRenderToSafeDeployments(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (String service : SERVICES) {
            JsonNode deployment = find(objects, "Deployment", service);
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.path("resources").path("requests").path("cpu").isMissingNode()).isFalse();
            assertThat(container.path("resources").path("limits").path("memory").isMissingNode()).isFalse();
            String image = container.path("image").asText();
            assertThat(image).as("pinned image of %s", service).matches(".+:[0-9][^:]*").doesNotEndWith(":latest");
            assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
            find(objects, "HorizontalPodAutoscaler", service);
            find(objects, "PodDisruptionBudget", service);
            find(objects, "Service", service);
            Set<String> configured = environmentNames(configOf(service));
            container.path("env").forEach(variable -> assertThat(configured).contains(variable.path("name").asText()));
            find(objects, "ConfigMap", service).path("data").fieldNames()
                    .forEachRemaining(variable -> assertThat(configured).as("%s: %s", service, variable).contains(variable));
        }
        assertThat(objects).as("no secret values in the manifests").noneMatch(o -> o.path("kind").asText().equals("Secret"));
        find(objects, "NetworkPolicy", "default-deny-ingress");
        find(objects, "NetworkPolicy", "gateway-from-ingress");
        find(objects, "NetworkPolicy", "matchmaking-service-from-gateway");
        find(objects, "NetworkPolicy", "events-service-from-gateway-and-relays");
        find(objects, "Ingress", "acde");
        find(objects, "Keycloak", "keycloak");
        find(objects, "KeycloakRealmImport", "acde-realm");
        for (String database : List.of("initiatives-db", "matchmaking-db", "capacity-db", "events-db", "keycloak-db")) {
            find(objects, "Cluster", database);
        }
        assertDatabasesAdmitOnlyTheirOwner(objects);
        JsonNode ingress = find(objects, "Ingress", "acde");
        assertThat(ingress.toString()).contains("\"name\":\"gateway\"").doesNotContain("initiatives-service");
    }

    /** Every policy on a database cluster names one cluster, and the only workload it admits is that cluster's owner. */
    private static void assertDatabasesAdmitOnlyTheirOwner(List<JsonNode> objects) {
        Map<String, String> owners = Map.of("initiatives-db", "initiatives-service", "matchmaking-db", "matchmaking-service",
                "capacity-db", "capacity-service", "events-db", "events-service", "keycloak-db", "keycloak");
        Map<String, Set<String>> admitted = new HashMap<>();
        objects.stream().filter(o -> o.path("kind").asText().equals("NetworkPolicy")).forEach(policy -> {
            JsonNode selector = policy.at("/spec/podSelector");
            if (!selector.toString().contains("cnpg.io/cluster")) {
                return;
            }
            String cluster = selector.path("matchLabels").path("cnpg.io/cluster").asText();
            assertThat(owners).as("%s selects one database cluster by name", policy.at("/metadata/name").asText())
                    .containsKey(cluster);
            policy.at("/spec/ingress").forEach(rule -> rule.path("from").forEach(peer -> {
                JsonNode labels = peer.path("podSelector").path("matchLabels");
                if (labels.has("app.kubernetes.io/name") || labels.has("app")) {
                    admitted.computeIfAbsent(cluster, key -> new HashSet<>())
                            .add(labels.path("app.kubernetes.io/name").asText(labels.path("app").asText()));
                }
                assertThat(labels.has("app.kubernetes.io/part-of")).as("%s admits the whole platform", cluster).isFalse();
            }));
        });
        owners.forEach((cluster, owner) -> assertThat(admitted.get(cluster)).as("workloads %s admits", cluster)
                .containsExactly(owner));
    }

    private static JsonNode find(List<JsonNode> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("missing " + kind + " " + name));
    }

    private static List<JsonNode> render(String overlay) throws Exception {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve("deploy/kubernetes/overlays/" + overlay).toString())
                .redirectErrorStream(true).start();
        String output = new String(kubectl.getInputStream().readAllBytes());
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as(output).isZero();
        List<JsonNode> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(new StringReader(output))) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(objects::add);
        }
        return objects;
    }

    /** Everything the service reads: its application.properties and the shared defaults of its libraries. */
    private static Properties configOf(String service) throws IOException {
        Properties config = new Properties();
        List<String> sources = new ArrayList<>(List.of("web-kernel/src/main/resources/META-INF/microprofile-config.properties"));
        if (!service.equals("gateway")) {
            sources.add("platform/src/main/resources/META-INF/microprofile-config.properties");
        }
        if (service.equals("matchmaking-service") || service.equals("capacity-service")) {
            sources.add("initiatives-client/src/main/resources/META-INF/microprofile-config.properties");
        }
        sources.add(service + "/src/main/resources/application.properties");
        for (String source : sources) {
            try (var reader = Files.newBufferedReader(ROOT.resolve(source))) {
                Properties properties = new Properties();
                properties.load(reader);
                properties.forEach((key, value) -> config.put(key.toString().replaceFirst("^%[a-z]+\\.", ""), value));
            }
        }
        return config;
    }

    /** The environment variable each property answers to (MicroProfile Config's mapping). */
    private static Set<String> environmentNames(Properties config) {
        Set<String> names = new HashSet<>();
        for (Object key : config.keySet()) {
            names.add(key.toString().toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return names;
    }
}
