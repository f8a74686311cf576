package org.acde.kernel.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a resource method from {@link UnknownQueryParameters}: for a page people reach by links that carry
 * parameters of their own (campaign tags and the like), never for an API operation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnyQueryParameters {
}
