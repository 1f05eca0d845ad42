package dev.workshops.submissions.emaildomain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A declared conflict of interest, by authors or by a member: an email, or a domain (with or without a leading
 * {@code @}) that someone holds, so neither a bare public suffix ({@code edu}, {@code ac.uk}) nor a public mail
 * domain ({@code gmail.com}), which would name everyone there. An exact email at a public mail domain is fine.
 */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DeclaredConflictValidator.class)
public @interface DeclaredConflict {

    String message() default "must be an email or a domain that is neither a public suffix nor a public mail domain";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
