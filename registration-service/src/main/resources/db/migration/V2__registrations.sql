-- Seats per workshop and mode. `taken` counts CONFIRMED and OFFERED; it changes only under this row's lock,
-- which also hands out waitlist numbers in commit order (so positions have no gaps or duplicates).
CREATE TABLE seat_counter (
    workshop_id   VARCHAR(64) NOT NULL REFERENCES workshop_projection (id),
    mode          VARCHAR(16) NOT NULL CHECK (mode IN ('IN_PERSON', 'VIRTUAL')),
    capacity      INTEGER     CHECK (capacity >= 0),          -- null: unlimited
    taken         INTEGER     NOT NULL DEFAULT 0 CHECK (taken >= 0),
    waitlist_tail BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, mode)
);

CREATE TABLE registration (
    id                  UUID         PRIMARY KEY,
    workshop_id         VARCHAR(64)  NOT NULL REFERENCES workshop_projection (id),
    attendee_id         VARCHAR(64)  NOT NULL,
    email               VARCHAR(320),
    name                VARCHAR(200),
    affiliation         VARCHAR(200),
    dietary_needs       VARCHAR(500),
    accessibility_needs VARCHAR(500),
    mode                VARCHAR(16)  NOT NULL,
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED')),
    waitlist_number     BIGINT,      -- FIFO order within (workshop, mode) while WAITLISTED
    offer_expires_at    TIMESTAMPTZ,
    stream_access       BOOLEAN      NOT NULL,
    ticket_code         VARCHAR(64),
    checked_in_at       TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL
);
-- One active registration per attendee and workshop.
CREATE UNIQUE INDEX registration_one_active ON registration (workshop_id, attendee_id) WHERE status <> 'CANCELLED';
CREATE INDEX registration_waitlist ON registration (workshop_id, mode, waitlist_number) WHERE status = 'WAITLISTED';
