package dev.workshops.submissions.submission;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Requester} of the request being served, so that a resource asks for it in one call instead of
 * holding the token and the identity itself. On a public path read it only where the identity may be resolved
 * blockingly (authentication is lazy here).
 */
@RequestScoped
public class CurrentRequester {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    CurrentRequester(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public Requester get() {
        return identity.isAnonymous() ? Requester.anonymous() : Requester.of(token, identity);
    }
}
