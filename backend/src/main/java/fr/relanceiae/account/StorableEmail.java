package fr.relanceiae.account;

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
 * An e-mail whose normal form ({@link Emails#normalise}) fits the 254 characters
 * stored: lower-casing may lengthen it ("İ" becomes two characters), so the
 * {@code @Size} on what was sent is not enough.
 */
@Documented
@Constraint(validatedBy = StorableEmail.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableEmail {

    int MAX_LENGTH = 254;

    String message() default "254 caractères au plus une fois en minuscules";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StorableEmail, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Emails.normalise(value).length() <= MAX_LENGTH;
        }
    }
}
