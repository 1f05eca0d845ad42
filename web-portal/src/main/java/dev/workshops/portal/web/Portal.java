package dev.workshops.portal.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Base64;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What every page of one request knows besides its own data: who is signed in, the form token against cross-site
 * requests, a one-time message left by the previous action (flash), and the viewer's chosen time zone. Templates
 * read it as {@code inject:portal}.
 */
@Named("portal")
@RequestScoped
public class Portal {

    static final String CSRF_COOKIE = "portal-csrf";
    static final String FLASH_COOKIE = "portal-flash";
    static final String ZONE_COOKIE = "portal-tz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext routing;
    private final SecurityIdentity identity;
    private String csrf;
    private Flash flash;

    /** A message for the next page: {@code error} ones are shown as alerts. */
    public record Flash(String message, boolean error) {
    }

    public Portal(RoutingContext routing, SecurityIdentity identity) {
        this.routing = routing;
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The person's name as Keycloak knows it. */
    public String name() {
        if (!signedIn()) {
            return "";
        }
        // In the code flow the principal is the ID token.
        Object name = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("name") : null;
        return name == null ? identity.getPrincipal().getName() : name.toString();
    }

    /** Staff and organizers see the door's check-in page; the service decides what they may do there. */
    public boolean staff() {
        return identity.hasRole("staff") || identity.hasRole("organizer");
    }

    /** The form token: random per browser, in an HttpOnly cookie and in every form (double submit). */
    public String csrf() {
        if (csrf == null) {
            Cookie cookie = routing.request().getCookie(CSRF_COOKIE);
            if (cookie != null && cookie.getValue().length() >= 32) {
                csrf = cookie.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.response().addCookie(cookie(CSRF_COOKIE, csrf, -1));
            }
        }
        return csrf;
    }

    /** True when the form's token is this browser's token. */
    boolean csrfMatches(String submitted) {
        Cookie cookie = routing.request().getCookie(CSRF_COOKIE);
        return submitted != null && cookie != null && !submitted.isEmpty()
                && MessageDigest.isEqual(submitted.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }

    /** The message the previous action left, shown once. */
    public Flash flash() {
        if (flash == null) {
            Cookie cookie = routing.request().getCookie(FLASH_COOKIE);
            if (cookie == null || cookie.getValue().length() < 2) {
                return null;
            }
            String value = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
            flash = new Flash(value.substring(1), value.charAt(0) == '!');
            routing.response().addCookie(cookie(FLASH_COOKIE, "", 0));
        }
        return flash;
    }

    /** Leaves a message for the page the browser is sent to next. */
    public void tell(String message) {
        leave(message, false);
    }

    public void warn(String message) {
        leave(message, true);
    }

    private void leave(String message, boolean error) {
        String text = message.length() > 600 ? message.substring(0, 600) + "…" : message;
        routing.response().addCookie(cookie(FLASH_COOKIE, URLEncoder.encode((error ? "!" : ".") + text, StandardCharsets.UTF_8), 60));
    }

    /** The zone the viewer chose for times (kept in a cookie), else {@code fallback}. */
    public ZoneId zone(String fallback) {
        Cookie cookie = routing.request().getCookie(ZONE_COOKIE);
        if (cookie != null) {
            try {
                return ZoneId.of(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
            } catch (DateTimeException ignored) {
                // an old or altered cookie: use the fallback
            }
        }
        return fallback == null ? ZoneId.of("UTC") : ZoneId.of(fallback);
    }

    /** Remembers the viewer's zone for the other pages. */
    public void chooseZone(ZoneId zone) {
        routing.response().addCookie(cookie(ZONE_COOKIE, URLEncoder.encode(zone.getId(), StandardCharsets.UTF_8), 365 * 24 * 3600));
    }

    private Cookie cookie(String name, String value, long maxAgeSeconds) {
        Cookie cookie = Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure("https".equals(routing.request().scheme()));
        if (maxAgeSeconds >= 0) {
            cookie.setMaxAge(maxAgeSeconds);
        }
        return cookie;
    }
}
