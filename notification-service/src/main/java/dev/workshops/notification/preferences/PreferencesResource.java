package dev.workshops.notification.preferences;

import dev.workshops.support.security.Caller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/notifications/me/preferences")
@Authenticated
public class PreferencesResource {

    private final PreferencesService preferences;
    private final JsonWebToken token;

    public PreferencesResource(PreferencesService preferences, JsonWebToken token) {
        this.preferences = preferences;
        this.token = token;
    }

    @GET
    public Uni<Preferences> get() {
        return preferences.of(Caller.of(token).id());
    }

    @PUT
    public Uni<Preferences> put(@Valid @NotNull Preferences body) {
        return preferences.save(Caller.of(token).id(), body);
    }
}
