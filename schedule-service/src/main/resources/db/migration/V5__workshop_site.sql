-- A workshop's public site: the overview (Markdown, as typed) and its people and sponsors (JSON lists, in order).
CREATE TABLE workshop_site (
    workshop_id VARCHAR(64) PRIMARY KEY REFERENCES workshop (id),
    overview    TEXT        NOT NULL,
    people      TEXT        NOT NULL,
    sponsors    TEXT        NOT NULL,
    version     BIGINT      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
