package dev.workshops.submissions.submission;

import dev.workshops.support.security.Caller;
import dev.workshops.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who asks, from the verified token only: a person is an author of a submission when their email, verified by
 * Keycloak, is among its authors' emails. An email the realm has not verified makes nobody an author.
 *
 * @param verifiedEmail lower case, or {@code null} when the token carries no verified email
 */
public record Requester(String id, String verifiedEmail, String name, boolean chair) {

    public static Requester of(JsonWebToken token, SecurityIdentity identity) {
        Caller caller = Caller.of(token);
        String email = caller.emailVerified() ? caller.email().strip().toLowerCase(Locale.ROOT) : null;
        return new Requester(caller.id(), email, caller.name(), identity.hasRole(Roles.ORGANIZER));
    }

    /** Someone not signed in: nobody's author, no chair. */
    public static Requester anonymous() {
        return new Requester(null, null, null, false);
    }

    /** How a chair's action is recorded: their email, else their id. */
    public String signature() {
        return verifiedEmail != null ? verifiedEmail : id;
    }
}
