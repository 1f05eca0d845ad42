-- The sessions of the latest schedule release of each workshop (projection of `schedule-releases`).
CREATE TABLE session_projection (
    session_id      UUID         PRIMARY KEY,
    workshop_id     VARCHAR(64)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    starts_at       TIMESTAMPTZ  NOT NULL,
    ends_at         TIMESTAMPTZ  NOT NULL,
    streamed        BOOLEAN      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    release_version BIGINT       NOT NULL
);
CREATE INDEX session_projection_by_workshop ON session_projection (workshop_id, starts_at);

CREATE TABLE stream (
    session_id    UUID          PRIMARY KEY REFERENCES session_projection (session_id),
    workshop_id   VARCHAR(64)   NOT NULL,
    provider      VARCHAR(16)   NOT NULL,
    playback_url  VARCHAR(2048) NOT NULL,
    backup_url    VARCHAR(2048),
    recording_url VARCHAR(2048),
    status        VARCHAR(16)   NOT NULL,
    started_at    TIMESTAMPTZ,
    ended_at      TIMESTAMPTZ,
    version       BIGINT        NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX stream_by_workshop ON stream (workshop_id);
