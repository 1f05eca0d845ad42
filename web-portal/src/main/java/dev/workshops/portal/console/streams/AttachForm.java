package dev.workshops.portal.console.streams;

import static dev.workshops.portal.web.Forms.orEmpty;

import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.web.Choice;
import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attaching a stream to a released session, as typed: the session, the provider, the playback address and an
 * optional backup address. streaming-service checks the addresses (http(s) only) and the session (released,
 * streamed, not cancelled); attaching again replaces what a session's stream plays.
 */
@TemplateData
public record AttachForm(String session, String provider, String playbackUrl, String backupUrl) {

    public static final List<Choice> PROVIDERS = List.of(new Choice("YOUTUBE", "YouTube"), new Choice("ZOOM", "Zoom"),
            new Choice("HLS", "HLS (a stream address)"), new Choice("OTHER", "Other"));

    static AttachForm first() {
        return new AttachForm("", "HLS", "", "");
    }

    static AttachForm typed(String session, String provider, String playbackUrl, String backupUrl) {
        return new AttachForm(orEmpty(session), orEmpty(provider), orEmpty(playbackUrl), orEmpty(backupUrl));
    }

    /** The session the stream is for, refused before any call when none is chosen. */
    UUID sessionId() {
        try {
            return UUID.fromString(session.strip());
        } catch (IllegalArgumentException e) {
            throw new ServiceProblem(400, "Choose the session the stream is for.");
        }
    }

    /** The body of PUT {@code /api/sessions/{sessionId}/stream}; the backup address only when one is typed. */
    Map<String, Object> body() {
        if (PROVIDERS.stream().noneMatch(p -> p.value().equals(provider))) {
            throw new ServiceProblem(400, "Choose the stream's provider.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provider", provider);
        body.put("playbackUrl", playbackUrl.strip());
        if (!backupUrl.isBlank()) {
            body.put("backupUrl", backupUrl.strip());
        }
        return body;
    }
}
