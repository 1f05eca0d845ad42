package dev.workshops.portal.web;

/**
 * Addresses that came from someone's typing (a mentor's meeting link, a speaker's photo or homepage): only an
 * http(s) one is ever put in an {@code href} or {@code src}; anything else is left out.
 */
public final class WebLinks {

    private WebLinks() {
    }

    public static String webOrNull(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }
}
