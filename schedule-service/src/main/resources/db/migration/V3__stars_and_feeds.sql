-- A person's agenda in a workshop: the version of their `stars` snapshots and their secret calendar-feed token.
CREATE TABLE agenda (
    workshop_id  VARCHAR(64) NOT NULL REFERENCES workshop (id),
    attendee_id  VARCHAR(64) NOT NULL,
    star_version BIGINT      NOT NULL DEFAULT 0,
    feed_token   VARCHAR(64) NOT NULL UNIQUE,
    PRIMARY KEY (workshop_id, attendee_id)
);

CREATE TABLE star (
    attendee_id VARCHAR(64) NOT NULL,
    session_id  UUID        NOT NULL REFERENCES released_session (session_id),
    workshop_id VARCHAR(64) NOT NULL REFERENCES workshop (id),
    starred_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (attendee_id, session_id)
);
CREATE INDEX star_of_session ON star (session_id);
