CREATE TABLE mentoring_slot (
    id           UUID          PRIMARY KEY,
    workshop_id  VARCHAR(64)   NOT NULL REFERENCES workshop (id),
    mentor_id    VARCHAR(64)   NOT NULL,
    mentor_email VARCHAR(320),
    mentor_name  VARCHAR(200),
    starts_at    TIMESTAMPTZ   NOT NULL,
    ends_at      TIMESTAMPTZ   NOT NULL,
    topic        VARCHAR(200)  NOT NULL,
    capacity     INTEGER       NOT NULL CHECK (capacity >= 1),
    format       VARCHAR(16)   NOT NULL CHECK (format IN ('ONLINE', 'IN_PERSON')),
    meeting_url  VARCHAR(2000),
    location     VARCHAR(200),
    status       VARCHAR(16)   NOT NULL CHECK (status IN ('OPEN', 'CANCELLED')),
    created_at   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT slot_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX slot_of_workshop ON mentoring_slot (workshop_id, starts_at);

CREATE TABLE mentoring_booking (
    id             UUID         PRIMARY KEY,
    slot_id        UUID         NOT NULL REFERENCES mentoring_slot (id),
    workshop_id    VARCHAR(64)  NOT NULL REFERENCES workshop (id),
    attendee_id    VARCHAR(64)  NOT NULL,
    attendee_email VARCHAR(320),
    attendee_name  VARCHAR(200),
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED')),
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE UNIQUE INDEX booking_once_per_slot ON mentoring_booking (slot_id, attendee_id) WHERE status = 'BOOKED';
CREATE INDEX booking_of_attendee ON mentoring_booking (workshop_id, attendee_id);
