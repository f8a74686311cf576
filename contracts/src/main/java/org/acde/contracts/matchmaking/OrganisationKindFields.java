package org.acde.contracts.matchmaking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The fields of one kind of organisation: an enterprise states its size band and the national basis it was derived
 * from, a government agency its level, an industry association its member count; each of these is refused on any
 * other kind. A violation names the field, so the problem's {@code errors[]} points at it.
 */
@Documented
@Constraint(validatedBy = OrganisationKindFields.Validator.class)
@Target({ ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationKindFields {

    String message() default "does not fit the organisation's kind";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OrganisationKindFields, OrganisationInput> {

        @Override
        public boolean isValid(OrganisationInput in, ConstraintValidatorContext context) {
            if (in == null || in.kind() == null) {
                return true; // @NotNull on kind reports it
            }
            context.disableDefaultConstraintViolation();
            boolean valid = fits(context, in.kind(), OrganisationKind.ENTERPRISE, "sizeBand", in.sizeBand());
            valid &= fits(context, in.kind(), OrganisationKind.ENTERPRISE, "sizeBasis", in.sizeBasis());
            valid &= fits(context, in.kind(), OrganisationKind.GOVERNMENT_AGENCY, "governmentLevel", in.governmentLevel());
            valid &= fits(context, in.kind(), OrganisationKind.INDUSTRY_ASSOCIATION, "memberCount", in.memberCount());
            return valid;
        }

        /** Required on {@code owner}, refused on every other kind. */
        private static boolean fits(ConstraintValidatorContext context, OrganisationKind kind, OrganisationKind owner,
                String field, Object value) {
            if ((kind == owner) == (value != null)) {
                return true;
            }
            String message = kind == owner ? "required for " + owner : "only for " + owner + ", not for " + kind;
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
