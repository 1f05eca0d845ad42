package dev.workshops.streaming.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;

@ConfigMapping(prefix = "workshop.streaming")
public interface StreamingConfig {

    /** How long before a session starts its watch links can be asked for. */
    @WithName("join-opens-before")
    Duration joinOpensBefore();

    /** How long after a session's end its watch links keep working (overruns, late joiners). */
    @WithName("link-grace")
    Duration linkGrace();

    /** How long a watch link to a recording works. */
    @WithName("recording-link-lifetime")
    Duration recordingLinkLifetime();

    /** Signs watch links (HMAC-SHA256); at least 32 characters. */
    @WithName("watch-key")
    String watchKey();

    /** How long the redirect may rely on what it read of a stream (status, URLs) before reading it again. */
    @WithName("stream-cache-ttl")
    Duration streamCacheTtl();

    /**
     * How often each replica gives itself the viewer gauges of streams another replica took live or ended
     * ({@link ViewerGauges}, whose schedule reads it).
     */
    @WithName("viewer-gauge-refresh")
    Duration viewerGaugeRefresh();
}
