-- Repeatable, so it never sits between a service's own numbered migrations.
-- What a service knows of each workshop's call for papers, from submissions-service's `calls` topic (KnownCall).
CREATE TABLE IF NOT EXISTS call_projection (
    workshop_id VARCHAR(64) PRIMARY KEY,
    opens_at    TIMESTAMPTZ NOT NULL,
    deadline_at TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL
);
