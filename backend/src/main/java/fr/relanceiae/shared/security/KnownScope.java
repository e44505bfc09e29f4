package fr.relanceiae.shared.security;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** One of the {@link PartnerScope} values; null is left to {@code @NotNull}. */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, TYPE_USE })
@Constraint(validatedBy = KnownScope.Validator.class)
public @interface KnownScope {

    String message() default "portée inconnue : choisissez-la dans la liste des portées";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownScope, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PartnerScope.fromValue(value).isPresent();
        }
    }
}
