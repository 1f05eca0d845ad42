package dev.workshops.support.validation;

import java.net.URI;

/** Links people are sent to (streams, meeting rooms): absolute http or https URLs with a host, nothing else. */
public final class WebUrls {

    public static final String EXPECTATION = "must be an http(s) URL";

    private WebUrls() {
    }

    public static boolean isWeb(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
