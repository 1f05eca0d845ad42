CREATE TABLE workshop (
    id          VARCHAR(64)  PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    timezone    VARCHAR(64)  NOT NULL,
    venue       VARCHAR(200) NOT NULL,
    starts_at   TIMESTAMPTZ  NOT NULL,
    ends_at     TIMESTAMPTZ  NOT NULL,
    description TEXT,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT workshop_ends_after_start CHECK (ends_at > starts_at)
);
