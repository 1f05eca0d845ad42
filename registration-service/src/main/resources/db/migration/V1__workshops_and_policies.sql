-- What registration-service knows of workshops: a projection of schedule-service's `workshops` topic.
CREATE TABLE workshop_projection (
    id        VARCHAR(64)  PRIMARY KEY,
    title     VARCHAR(200) NOT NULL,
    timezone  VARCHAR(64)  NOT NULL,
    starts_at TIMESTAMPTZ  NOT NULL,
    ends_at   TIMESTAMPTZ  NOT NULL,
    version   BIGINT       NOT NULL
);

CREATE TABLE registration_policy (
    workshop_id            VARCHAR(64) PRIMARY KEY REFERENCES workshop_projection (id),
    in_person_capacity     INTEGER     NOT NULL CHECK (in_person_capacity >= 0),
    virtual_capacity       INTEGER     CHECK (virtual_capacity >= 0),
    opens_at               TIMESTAMPTZ NOT NULL,
    closes_at              TIMESTAMPTZ NOT NULL,
    offer_ttl_seconds      BIGINT      CHECK (offer_ttl_seconds > 0),
    waitlist_stream_access BOOLEAN     NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    CONSTRAINT policy_window CHECK (closes_at > opens_at)
);
