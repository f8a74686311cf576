package org.acde.gateway.routing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The API paths the gateway answers itself, read from its resources' {@code @Path} annotations, so the routes cannot
 * drift from the resources. A resource whose base path no upstream serves is the gateway's whole (everything under
 * it); one that adds operations under an upstream's prefix owns its operations' paths only.
 */
final class OwnApi {

    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]*}");

    private OwnApi() {
    }

    /** A regular expression (no anchors) matching any of the paths given by {@link #under} and {@link #operationsOf}. */
    static String regex(String... owned) {
        return Stream.of(owned).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The resource's base path and everything under it. */
    static String under(Class<?> resource) {
        return Pattern.quote(basePath(resource)) + "(?:/.*)?";
    }

    /** The paths of the resource's operations, each path parameter one segment. */
    static String operationsOf(Class<?> resource) {
        String base = basePath(resource);
        return operations(resource).stream()
                .map(method -> method.isAnnotationPresent(Path.class)
                        ? base + slashed(method.getAnnotation(Path.class).value())
                        : base)
                .distinct()
                .map(OwnApi::template)
                .collect(Collectors.joining("|"));
    }

    private static String basePath(Class<?> resource) {
        return annotatedTypes(resource).stream().map(type -> type.getAnnotation(Path.class))
                .filter(path -> path != null).findFirst()
                .map(path -> slashed(path.value()).replaceAll("/$", ""))
                .orElseThrow(() -> new IllegalArgumentException(resource + " has no @Path"));
    }

    private static List<Method> operations(Class<?> resource) {
        return annotatedTypes(resource).stream().flatMap(type -> Stream.of(type.getDeclaredMethods()))
                .filter(method -> Stream.of(method.getAnnotations())
                        .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class)))
                .toList();
    }

    /** The class and the interfaces it implements (a contract interface carries the JAX-RS annotations). */
    private static List<Class<?>> annotatedTypes(Class<?> resource) {
        List<Class<?>> types = new ArrayList<>(List.of(resource));
        types.addAll(List.of(resource.getInterfaces()));
        return types;
    }

    private static String slashed(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    private static String template(String path) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = TEMPLATE.matcher(path);
        int literal = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(literal, parameter.start()))).append("[^/]+");
            literal = parameter.end();
        }
        return regex.append(Pattern.quote(path.substring(literal))).toString();
    }
}
