package dev.workshops.support.security;

import dev.workshops.support.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, taken only from the verified access token, never from a request body. {@code emailVerified}: the
 * identity provider vouches that {@code email} is theirs ({@code email_verified}); an address it does not vouch for
 * says nothing about whose it is.
 */
public record Caller(String id, String email, String name, boolean emailVerified) {

    public static Caller of(JsonWebToken token) {
        String id = token.getSubject();
        if (id == null || id.isBlank()) {
            throw ProblemException.forbidden("The access token carries no subject.");
        }
        String email = token.getClaim("email");
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            String preferred = token.getClaim("preferred_username");
            name = preferred != null ? preferred : email;
        }
        Object verified = token.getClaim("email_verified");
        boolean emailVerified = email != null && (verified instanceof Boolean flag ? flag : Boolean.parseBoolean(String.valueOf(verified)));
        return new Caller(id, email, name, emailVerified);
    }
}
