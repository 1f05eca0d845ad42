-- Mentoring bookings with their slots, from `mentoring-bookings` (notices and the 15-minute reminders).
CREATE TABLE mentoring_projection (
    booking_id     UUID         PRIMARY KEY,
    workshop_id    VARCHAR(64)  NOT NULL,
    attendee_id    VARCHAR(64)  NOT NULL,
    attendee_email VARCHAR(320),
    attendee_name  VARCHAR(200),
    mentor_id      VARCHAR(64)  NOT NULL,
    mentor_email   VARCHAR(320),
    mentor_name    VARCHAR(200),
    topic          VARCHAR(200) NOT NULL,
    starts_at      TIMESTAMPTZ  NOT NULL,
    format         VARCHAR(16)  NOT NULL,
    location       VARCHAR(200),
    status         VARCHAR(16)  NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX mentoring_projection_due ON mentoring_projection (starts_at) WHERE status = 'BOOKED';
