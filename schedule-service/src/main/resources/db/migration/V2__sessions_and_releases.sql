-- The organizer's draft: every session ever created for a workshop; DELETE marks it CANCELLED.
CREATE TABLE session (
    id          UUID         PRIMARY KEY,
    workshop_id VARCHAR(64)  NOT NULL REFERENCES workshop (id),
    title       VARCHAR(200) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    starts_at   TIMESTAMPTZ  NOT NULL,
    ends_at     TIMESTAMPTZ  NOT NULL,
    room        VARCHAR(100) NOT NULL,
    speakers    TEXT         NOT NULL,   -- JSON list of {name, affiliation, userId}
    abstract    TEXT,
    streamed    BOOLEAN      NOT NULL,
    status      VARCHAR(16)  NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT session_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX session_of_workshop ON session (workshop_id, starts_at);

-- Every released version, as released: its sessions and its change log against the version before (JSON).
CREATE TABLE schedule_release (
    workshop_id VARCHAR(64) NOT NULL REFERENCES workshop (id),
    version     BIGINT      NOT NULL,
    released_at TIMESTAMPTZ NOT NULL,
    comment     VARCHAR(500),
    sessions    TEXT        NOT NULL,
    changes     TEXT        NOT NULL,
    PRIMARY KEY (workshop_id, version)
);

-- Each session as the latest release has it, with its iCalendar SEQUENCE (how many releases changed it).
CREATE TABLE released_session (
    session_id  UUID        PRIMARY KEY,
    workshop_id VARCHAR(64) NOT NULL REFERENCES workshop (id),
    status      VARCHAR(16) NOT NULL,
    sequence    INTEGER     NOT NULL,
    snapshot    TEXT        NOT NULL
);
CREATE INDEX released_session_of_workshop ON released_session (workshop_id);
