package dev.workshops.streaming.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;

@ConfigMapping(prefix = "workshop.streaming")
public interface StreamingConfig {

    /** How long before a session starts its watch links can be asked for. */
    @WithName("join-opens-before")
    Duration joinOpensBefore();
}
