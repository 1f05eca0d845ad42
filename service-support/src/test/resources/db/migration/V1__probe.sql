-- A test-only aggregate (a counter per key) and the log of the effects its events had on a consumer.
CREATE TABLE probe_counter (
    probe_key VARCHAR(64) PRIMARY KEY,
    value     INTEGER     NOT NULL
);
CREATE TABLE probe_effect (
    id         BIGSERIAL   PRIMARY KEY,
    probe_key  VARCHAR(64) NOT NULL,
    value      INTEGER     NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
