package org.acde.contracts.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A well-formed BCP 47 language tag such as {@code en}, {@code zh-Hans} or {@code ms-MY}: the shape of
 * {@link #PATTERN} and a tag Java reads back unchanged, so {@code en-a1} (no such region or variant) is refused rather
 * than silently cut to {@code en}. Length is left to {@code @Size(max = MAX_LENGTH)} beside it, so a value breaks one
 * rule at a time.
 */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    String PATTERN = "^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$";
    String MESSAGE = "a BCP 47 language tag, e.g. en or zh-Hans";
    int MAX_LENGTH = 35;

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageTag, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.length() > MAX_LENGTH) {
                return true;
            }
            return value.matches(PATTERN) && Locale.forLanguageTag(value).toLanguageTag().equalsIgnoreCase(value);
        }
    }
}
