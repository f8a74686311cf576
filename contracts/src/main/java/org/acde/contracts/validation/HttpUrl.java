package org.acde.contracts.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute {@code http} or {@code https} URL with a host and no credentials, at most 2000 characters. Such URLs
 * are stored and shown; the platform never fetches them.
 */
@Documented
@Constraint(validatedBy = HttpUrl.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpUrl {

    String message() default "an absolute http(s) URL without credentials, at most 2000 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HttpUrl, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.length() > 2000 || value.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme();
                return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                        && uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
