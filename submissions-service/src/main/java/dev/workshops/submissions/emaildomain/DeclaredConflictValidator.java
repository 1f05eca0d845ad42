package dev.workshops.submissions.emaildomain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks {@link DeclaredConflict}; {@code null} is left to {@code @NotNull}/{@code @NotBlank}. */
public class DeclaredConflictValidator implements ConstraintValidator<DeclaredConflict, String> {

    private static final Pattern EMAIL_OR_DOMAIN = Pattern.compile("^([^@\\s]+@)?@?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String entry = value.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL_OR_DOMAIN.matcher(entry).matches()) {
            return false;
        }
        if (entry.indexOf('@') > 0) {
            return true;
        }
        String domain = entry.startsWith("@") ? entry.substring(1) : entry;
        return EmailDomains.isOwnable(domain) && !EmailDomains.isPublicMail(domain);
    }
}
