-- Who people are (address and name), from `registrations`: schedule notices and reminders need them.
CREATE TABLE recipient (
    attendee_id VARCHAR(64)  PRIMARY KEY,
    email       VARCHAR(320),
    name        VARCHAR(200),
    updated_at  TIMESTAMPTZ  NOT NULL
);

-- The sessions of the latest release of each workshop, from `schedule-releases`.
CREATE TABLE session_projection (
    session_id      UUID         PRIMARY KEY,
    workshop_id     VARCHAR(64)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    starts_at       TIMESTAMPTZ  NOT NULL,
    ends_at         TIMESTAMPTZ  NOT NULL,
    room            VARCHAR(100),
    status          VARCHAR(16)  NOT NULL,
    release_version BIGINT       NOT NULL
);
CREATE INDEX session_projection_of_workshop ON session_projection (workshop_id);

-- Who starred what, from `stars`.
CREATE TABLE star_projection (
    attendee_id VARCHAR(64) NOT NULL,
    session_id  UUID        NOT NULL,
    workshop_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (attendee_id, session_id)
);
CREATE INDEX star_projection_of_session ON star_projection (session_id);
