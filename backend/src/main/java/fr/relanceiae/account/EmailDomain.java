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
 * An e-mail address whose domain has a dot ("nom@exemple.fr", not "nom@exemple"): Bean
 * Validation's {@code @Email} accepts a bare host name, which no one we write to has. Used
 * with {@code @Email}, which judges the rest of the address: this one only looks at the domain
 * of something shaped like an address, so a malformed value gets one message, not two.
 */
@Documented
@Constraint(validatedBy = EmailDomain.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailDomain {

    String message() default "le domaine de l'adresse doit contenir un point (par exemple nom@exemple.fr)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EmailDomain, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Emails.hasDottedDomain(value);
        }
    }
}
