-- The in-app feed: one notification per fact and recipient, whatever happens to the event carrying it.
CREATE TABLE notification (
    id           UUID         PRIMARY KEY,
    recipient_id VARCHAR(64)  NOT NULL,
    workshop_id  VARCHAR(64),
    kind         VARCHAR(48)  NOT NULL,
    fact_key     VARCHAR(200) NOT NULL,
    subject      VARCHAR(300) NOT NULL,
    body         TEXT         NOT NULL,
    fact_at      TIMESTAMPTZ  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    read_at      TIMESTAMPTZ,
    CONSTRAINT notification_once UNIQUE (fact_key, recipient_id)
);
CREATE INDEX notification_feed ON notification (recipient_id, created_at DESC);

-- Email content and retry state; one delivery per notification and channel.
ALTER TABLE delivery
    ADD COLUMN kind            VARCHAR(48),
    ADD COLUMN subject         VARCHAR(300),
    ADD COLUMN body_text       TEXT,
    ADD COLUMN body_html       TEXT,
    ADD COLUMN fact_at         TIMESTAMPTZ,
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD CONSTRAINT delivery_once UNIQUE (notification_id, channel);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
