package org.acde.contracts.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A free keyword: 1–50 letters, digits, spaces, dots, hyphens or underscores, starting with a letter or digit. */
@Documented
@Constraint(validatedBy = {})
@Size(min = 1, max = 50)
@Pattern(regexp = "^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*$")
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Tag {

    String message() default "1 to 50 letters, digits, spaces, '.', '-' or '_', starting with a letter or digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
