-- A workshop's call for papers. Each deadline is kept as the chair entered it (local date, time, zone where `AoE`
-- is UTC-12) and resolved to the instant it means; changes are checked against the instant.
CREATE TABLE call (
    workshop_id                VARCHAR(64)  PRIMARY KEY,
    description                TEXT,
    -- JSON lists: [{id, name}] and [{id, name, maxPages, maxBytes}].
    tracks                     TEXT         NOT NULL,
    formats                    TEXT         NOT NULL,
    opens_at                   TIMESTAMPTZ  NOT NULL,
    deadline_date              DATE         NOT NULL,
    deadline_time              TIME         NOT NULL,
    deadline_zone              VARCHAR(64)  NOT NULL,
    deadline_at                TIMESTAMPTZ  NOT NULL,
    grace_minutes              INTEGER      NOT NULL,
    review_deadline_date       DATE         NOT NULL,
    review_deadline_time       TIME         NOT NULL,
    review_deadline_zone       VARCHAR(64)  NOT NULL,
    review_deadline_at         TIMESTAMPTZ  NOT NULL,
    camera_ready_deadline_date DATE,
    camera_ready_deadline_time TIME,
    camera_ready_deadline_zone VARCHAR(64),
    camera_ready_deadline_at   TIMESTAMPTZ,
    blind                      VARCHAR(8)   NOT NULL,
    reviews_per_paper          INTEGER      NOT NULL,
    max_load                   INTEGER      NOT NULL,
    version                    BIGINT       NOT NULL,
    created_at                 TIMESTAMPTZ  NOT NULL,
    updated_at                 TIMESTAMPTZ  NOT NULL
);

CREATE TABLE submission (
    id                 UUID          PRIMARY KEY,
    workshop_id        VARCHAR(64)   NOT NULL REFERENCES call (workshop_id),
    title              VARCHAR(300)  NOT NULL,
    abstract           TEXT          NOT NULL,
    track              VARCHAR(64)   NOT NULL,
    format             VARCHAR(64)   NOT NULL,
    -- JSON lists of strings.
    keywords           TEXT          NOT NULL,
    declared_conflicts TEXT          NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    -- The signed-in person who created it (token subject); access goes by the authors' emails.
    submitter_id       VARCHAR(64)   NOT NULL,
    submitted_at       TIMESTAMPTZ,
    late_within_grace  BOOLEAN       NOT NULL DEFAULT FALSE,
    -- A chair's extension of this submission's deadline, with who granted it and when.
    extended_until     TIMESTAMPTZ,
    extended_by        VARCHAR(320),
    extended_at        TIMESTAMPTZ,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX submission_by_workshop ON submission (workshop_id, status, created_at);

-- The ordered authors of a submission; `email` is lower case, so a signed-in author is found by their verified email.
CREATE TABLE submission_author (
    submission_id UUID          NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    email         VARCHAR(320)  NOT NULL,
    affiliation   VARCHAR(300),
    presenter     BOOLEAN       NOT NULL,
    PRIMARY KEY (submission_id, position),
    -- Checked at commit: reordering authors moves emails between rows one row at a time.
    UNIQUE (submission_id, email) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX submission_author_by_email ON submission_author (email);
