-- The event backbone of every service (service-support). Repeatable and idempotent: it is re-applied
-- whenever this file changes, after the service's own versioned migrations.

-- Transactional outbox: facts recorded in the same transaction as the state change they describe.
CREATE TABLE IF NOT EXISTS outbox_event (
    id           BIGSERIAL    PRIMARY KEY,            -- publication order
    event_id     UUID         NOT NULL UNIQUE,        -- ce_id
    topic        VARCHAR(249) NOT NULL,
    message_key  VARCHAR(512) NOT NULL,
    lane         SMALLINT     NOT NULL,               -- hash of the key: one relay at a time per lane keeps key order
    event_type   VARCHAR(255) NOT NULL,
    subject      VARCHAR(512) NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    payload      TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    sent_at      TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS outbox_event_unsent ON outbox_event (lane, id) WHERE sent_at IS NULL;

-- A relay claims every free lane with FOR UPDATE SKIP LOCKED; another relay skips the lanes it holds instead of waiting.
CREATE TABLE IF NOT EXISTS outbox_lane (lane SMALLINT PRIMARY KEY);
INSERT INTO outbox_lane (lane) SELECT generate_series(0, 15) ON CONFLICT DO NOTHING;

-- Wake the relays as soon as a transaction that recorded facts commits (NOTIFY is delivered at commit).
CREATE OR REPLACE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END;
$$;
DROP TRIGGER IF EXISTS outbox_event_inserted ON outbox_event;
CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Idempotent consumers: the ce_id of every event applied, recorded in the same transaction as its effect.
CREATE TABLE IF NOT EXISTS processed_event (
    event_id     UUID         PRIMARY KEY,
    topic        VARCHAR(249) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp()
);

-- Housekeeping deletes the oldest sent outbox rows and processed ids first (dev.workshops.support.events.Housekeeping).
CREATE INDEX IF NOT EXISTS outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS processed_event_age ON processed_event (processed_at);

-- Records a fact from inside a database function, for a change made in one call (Outbox.prepareForDatabase
-- writes `fact`, one key per column). `completion` sets top-level payload fields only the caller knows at that
-- moment; the caller names them, this function knows no event's shape.
CREATE OR REPLACE FUNCTION outbox_record(fact JSONB, completion JSONB DEFAULT '{}'::JSONB) RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO outbox_event (event_id, topic, message_key, lane, event_type, subject, occurred_at, payload)
    VALUES ((fact ->> 'event_id')::UUID, fact ->> 'topic', fact ->> 'message_key', (fact ->> 'lane')::SMALLINT,
            fact ->> 'event_type', fact ->> 'subject', (fact ->> 'occurred_at')::TIMESTAMPTZ,
            ((fact ->> 'payload')::JSONB || completion)::TEXT);
END;
$$;
