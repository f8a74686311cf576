package org.acde.contracts.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Lists in requests are lists, not sets: a value given twice is refused, once for each repetition, naming its
 * position ({@code field[i]}: "VN is listed twice").
 */
@Documented
@Constraint(validatedBy = NoDuplicatesValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoDuplicates {

    /** Compare the items' values of this record component instead, and name it in the field ({@code quotas[i].party}). */
    String by() default "";

    /** Compare text stripped and in lower case (keywords, tags, language tags). */
    boolean ignoreCase() default false;

    String message() default "is listed twice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
