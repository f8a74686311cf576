package org.acde.kernel.request;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which methods each API path of this service accepts, read from its JAX-RS resources (their own annotations and
 * those of the contract interfaces they implement), for the {@code Allow} header that a 405 must carry
 * (RFC 9110 §15.5.6). Quarkus REST answers 405 without it.
 */
@Singleton
public class AllowedMethods {

    private final BeanManager beans;
    private volatile List<Template> templates;

    AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /**
     * The methods {@code path} accepts, comma-separated, or empty when no resource serves it. Like JAX-RS, the
     * template with the most literal characters answers: {@code /initiatives/stats} before {@code /initiatives/{id}}.
     */
    public Optional<String> of(String path) {
        return served(path).map(template -> String.join(", ", template.methods));
    }

    /** The {@code Allow} value when a resource serves {@code path} but not with {@code method}; empty otherwise. */
    public Optional<String> refusing(String path, String method) {
        return served(path).filter(template -> !template.methods.contains(method))
                .map(template -> String.join(", ", template.methods));
    }

    /** {@code path} with or without its leading slash (JAX-RS's UriInfo gives it without). */
    private Optional<Template> served(String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        return table().stream().filter(template -> template.regex.matcher(absolute).matches()).findFirst();
    }

    /** Built on first use, when every resource bean exists; most literal characters first. */
    private List<Template> table() {
        List<Template> table = templates;
        if (table == null) {
            Map<String, Set<String>> methodsByTemplate = new LinkedHashMap<>();
            beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(bean -> bean.getBeanClass()).distinct()
                    .forEach(resource -> collect(resource, methodsByTemplate));
            table = methodsByTemplate.entrySet().stream().map(entry -> Template.of(entry.getKey(), entry.getValue()))
                    .sorted(Comparator.comparingInt(Template::literals).reversed()).toList();
            templates = table;
        }
        return table;
    }

    private record Template(Pattern regex, int literals, Set<String> methods) {

        /** {@code /api/v1/cohorts/{id}} matches that prefix and one segment, with or without a final slash. */
        static Template of(String template, Set<String> methods) {
            StringBuilder regex = new StringBuilder();
            int literals = 0;
            for (String segment : template.substring(1).split("/")) {
                boolean variable = segment.startsWith("{");
                regex.append('/').append(variable ? "[^/]+" : Pattern.quote(segment));
                literals += variable ? 0 : segment.length() + 1;
            }
            return new Template(Pattern.compile(regex + "/?"), literals, methods);
        }
    }

    private static void collect(Class<?> resource, Map<String, Set<String>> templates) {
        List<Class<?>> declarers = new ArrayList<>(List.of(resource));
        declarers.addAll(List.of(resource.getInterfaces()));
        String root = declarers.stream().map(type -> type.getAnnotation(Path.class)).filter(p -> p != null)
                .map(Path::value).findFirst().orElse(null);
        if (root == null) {
            return;
        }
        declarers.stream().flatMap(type -> Stream.of(type.getMethods())).forEach(method -> httpMethod(method).ifPresent(verb -> {
            Path sub = method.getAnnotation(Path.class);
            Set<String> methods = templates.computeIfAbsent(join(root, sub == null ? "" : sub.value()), key -> new TreeSet<>());
            methods.add(verb);
            methods.add("OPTIONS");
            if ("GET".equals(verb)) {
                methods.add("HEAD");
            }
        }));
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
