package dev.workshops.support.security;

import dev.workshops.support.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, taken only from the verified access token, never from a request body. */
public record Caller(String id, String email, String name) {

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
        return new Caller(id, email, name);
    }
}
