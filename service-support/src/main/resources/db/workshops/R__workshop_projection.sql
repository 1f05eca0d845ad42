-- Repeatable, so it never sits between a service's own numbered migrations; a service whose own migrations
-- made this table already (registration-service) keeps it.
-- What a service knows of workshops, from schedule-service's `workshops` topic (KnownWorkshop).
CREATE TABLE IF NOT EXISTS workshop_projection (
    id        VARCHAR(64)  PRIMARY KEY,
    title     VARCHAR(200) NOT NULL,
    timezone  VARCHAR(64)  NOT NULL,
    starts_at TIMESTAMPTZ  NOT NULL,
    ends_at   TIMESTAMPTZ  NOT NULL,
    version   BIGINT       NOT NULL
);
-- Where it takes place (none when the snapshot names none): the notices people get say it.
ALTER TABLE workshop_projection ADD COLUMN IF NOT EXISTS venue VARCHAR(200);
