package org.acde.kernel.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the matched operation does not take is a 400 naming it, as an unknown JSON field is: ignored, a
 * mistyped filter ({@code ?stauts=ACTIVE}) would answer with everything. An operation takes the {@code @QueryParam}s
 * of its resource method, on the resource class or on the contract interface it implements, and the
 * {@code @QueryParam} fields of its {@code @BeanParam}s (paging, filters); they are read once per resource method.
 */
@Singleton
public class UnknownQueryParameters {

    /** The names a method takes, or any name for one marked {@link AnyQueryParameters}. */
    private record Taken(boolean any, SortedSet<String> names) {
    }

    private final Map<Method, Taken> taken = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuse(UriInfo uri, ResourceInfo resource) {
        Set<String> sent = uri.getQueryParameters().keySet();
        if (sent.isEmpty()) {
            return;
        }
        Taken by = taken.computeIfAbsent(resource.getResourceMethod(), method -> takenBy(resource.getResourceClass(), method));
        if (by.any()) {
            return;
        }
        List<String> unknown = sent.stream().filter(name -> !by.names().contains(name)).sorted().toList();
        if (unknown.isEmpty()) {
            return;
        }
        String message = "unknown query parameter; " + (by.names().isEmpty() ? "this operation takes none"
                : "this operation takes " + String.join(", ", by.names()));
        throw ProblemException.invalid(unknown.stream().map(name -> new FieldError(abbreviate(name), message)).toList());
    }

    private static Taken takenBy(Class<?> resource, Method method) {
        List<Method> declarations = declarations(resource, method).toList();
        if (declarations.stream().anyMatch(declaration -> declaration.isAnnotationPresent(AnyQueryParameters.class))) {
            return new Taken(true, Collections.emptySortedSet());
        }
        SortedSet<String> names = new TreeSet<>();
        for (Method declaration : declarations) {
            Annotation[][] annotations = declaration.getParameterAnnotations();
            for (int i = 0; i < annotations.length; i++) {
                collect(annotations[i], declaration.getParameterTypes()[i], names);
            }
        }
        return new Taken(false, Collections.unmodifiableSortedSet(names));
    }

    /** The method as the class and each of its supertypes declare it; the JAX-RS annotations may be on any of them. */
    private static Stream<Method> declarations(Class<?> type, Method method) {
        if (type == null || type == Object.class) {
            return Stream.empty();
        }
        Stream<Method> own;
        try {
            own = Stream.of(type.getDeclaredMethod(method.getName(), method.getParameterTypes()));
        } catch (NoSuchMethodException e) {
            own = Stream.empty();
        }
        Stream<Class<?>> supertypes = Stream.concat(Stream.ofNullable(type.getSuperclass()), Stream.of(type.getInterfaces()));
        return Stream.concat(own, supertypes.flatMap(supertype -> declarations(supertype, method)));
    }

    private static void collect(Annotation[] annotations, Class<?> type, Set<String> names) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                names.add(query.value());
            } else if (annotation instanceof BeanParam) {
                for (Class<?> bean = type; bean != null && bean != Object.class; bean = bean.getSuperclass()) {
                    for (Field field : bean.getDeclaredFields()) {
                        collect(field.getAnnotations(), field.getType(), names);
                    }
                }
            }
        }
    }

    private static String abbreviate(String name) {
        return name.length() > 64 ? name.substring(0, 64) + "…" : name;
    }
}
