CREATE TABLE recipient_preferences (
    recipient_id     VARCHAR(64) PRIMARY KEY,
    email            BOOLEAN     NOT NULL,
    schedule_changes BOOLEAN     NOT NULL,
    reminders        BOOLEAN     NOT NULL,
    timezone         VARCHAR(64),
    updated_at       TIMESTAMPTZ NOT NULL
);

-- The delivery log: one row per (fact, recipient, channel), written before anything is sent.
CREATE TABLE delivery (
    id              UUID         PRIMARY KEY,
    notification_id UUID         NOT NULL,
    workshop_id     VARCHAR(64),
    channel         VARCHAR(16)  NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX delivery_by_status ON delivery (status, created_at);
