package org.acde.gateway.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.acde.contracts.openapi.TokenUse;
import org.acde.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The operations of the services' contracts, as the committed snapshots describe them (packaged by the contracts
 * module under {@value #LOCATION}), with what each says about tokens. The gateway's edge rule for anonymous callers
 * is read from here at start-up, so it cannot drift from what the contracts promise partners. Each route {@code name}
 * takes its operations from {@code <name>-service.yaml}; a route without one has no operation an anonymous caller
 * may use.
 */
@Singleton
public class ContractOperations {

    static final String LOCATION = "META-INF/acde-contracts/";
    private static final Logger LOG = Logger.getLogger(ContractOperations.class);
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final PathNode root = new PathNode();
    private final List<String> anonymous = new ArrayList<>();

    ContractOperations(GatewayConfig config) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String route : config.routes().keySet()) {
            String resource = LOCATION + route + "-service.yaml";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    LOG.infof("Route %s has no contract at %s: anonymous callers get 401 on all its paths", route, resource);
                    continue;
                }
                add(yaml.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the contract " + resource, e);
            }
        }
    }

    /** What the contract says about tokens for this request, or empty when no contract has the operation. */
    public Optional<TokenUse> tokenUse(String method, String path) {
        String effective = "HEAD".equals(method) ? "GET" : method;
        String[] segments = path.split("/", -1);
        return Optional.ofNullable(root.find(segments, 1, effective));
    }

    /** The operations anonymous callers may use, as {@code METHOD /path/{template}}, in contract order. */
    public List<String> anonymous() {
        return anonymous;
    }

    private void add(JsonNode contract) {
        contract.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation == null) {
                return;
            }
            TokenUse use = TokenUse.of(operation.get("security"));
            String verb = method.toUpperCase(Locale.ROOT);
            root.insert(path.getKey().split("/", -1), 1, verb, use);
            if (use.admitsAnonymous()) {
                anonymous.add(verb + " " + path.getKey());
            }
        }));
    }

    /**
     * One path segment of the contracts' templates. Literal segments win over templates, as in JAX-RS matching:
     * {@code /certificates/jwks} is its own operation, not a certificate id.
     */
    private static final class PathNode {

        private final Map<String, PathNode> literals = new HashMap<>();
        private PathNode template;
        private final Map<String, TokenUse> methods = new HashMap<>();

        void insert(String[] segments, int index, String method, TokenUse use) {
            if (index == segments.length) {
                methods.put(method, use);
                return;
            }
            String segment = segments[index];
            PathNode child;
            if (segment.startsWith("{") && segment.endsWith("}")) {
                template = template == null ? new PathNode() : template;
                child = template;
            } else {
                child = literals.computeIfAbsent(segment, ignored -> new PathNode());
            }
            child.insert(segments, index + 1, method, use);
        }

        TokenUse find(String[] segments, int index, String method) {
            if (index == segments.length) {
                return methods.get(method);
            }
            String segment = segments[index];
            PathNode literal = literals.get(segment);
            TokenUse found = literal == null ? null : literal.find(segments, index + 1, method);
            if (found == null && template != null && !segment.isEmpty()) {
                found = template.find(segments, index + 1, method);
            }
            return found;
        }
    }
}
