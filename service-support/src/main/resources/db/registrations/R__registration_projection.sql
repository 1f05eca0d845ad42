-- Repeatable, so it never sits between a service's own numbered migrations.
-- Who holds a registration, from registration-service's `registrations` topic (HeldRegistration).
CREATE TABLE IF NOT EXISTS registration_projection (
    workshop_id     VARCHAR(64) NOT NULL,
    attendee_id     VARCHAR(64) NOT NULL,
    registration_id UUID        NOT NULL,
    mode            VARCHAR(16),
    status          VARCHAR(16) NOT NULL,
    stream_access   BOOLEAN     NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    PRIMARY KEY (workshop_id, attendee_id)
);
ALTER TABLE registration_projection ADD COLUMN IF NOT EXISTS mode VARCHAR(16);
-- The email the registration was made with, and whether it was verified: a paper's presenter (known by email) is
-- that person only when it was.
ALTER TABLE registration_projection ADD COLUMN IF NOT EXISTS email VARCHAR(320);
ALTER TABLE registration_projection ADD COLUMN IF NOT EXISTS email_verified BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX IF NOT EXISTS registration_projection_by_email ON registration_projection (workshop_id, lower(email));
