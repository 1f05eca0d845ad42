-- A workshop's program committee: invited by email, accepted by the person signed in with that verified email.
CREATE TABLE committee_member (
    id                 UUID          PRIMARY KEY,
    workshop_id        VARCHAR(64)   NOT NULL REFERENCES call (workshop_id),
    -- Lower case; the invitation is accepted by the token whose verified email this is.
    email              VARCHAR(320)  NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    -- The token subject of whoever accepted; null until then.
    account_id         VARCHAR(64),
    affiliation        VARCHAR(300),
    -- Lower than the call's maxLoad when the member asked for less; null is the call's.
    max_load           INTEGER,
    list_publicly      BOOLEAN       NOT NULL DEFAULT FALSE,
    -- JSON list of emails or domains the member declares conflicted.
    declared_conflicts TEXT          NOT NULL DEFAULT '[]',
    invited_by         VARCHAR(320)  NOT NULL,
    responded_at       TIMESTAMPTZ,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    UNIQUE (workshop_id, email)
);
CREATE INDEX committee_member_by_account ON committee_member (account_id, workshop_id);

-- A conflict of interest between a paper and a member, one per source that found or declared it. AUTO ones are
-- recomputed; a chair's CONFIRMED or DISMISSED stays through recomputation. Any but DISMISSED keeps the member away.
CREATE TABLE conflict (
    id            UUID          PRIMARY KEY,
    workshop_id   VARCHAR(64)   NOT NULL REFERENCES call (workshop_id),
    submission_id UUID          NOT NULL REFERENCES submission (id),
    member_id     UUID          NOT NULL REFERENCES committee_member (id),
    source        VARCHAR(24)   NOT NULL,
    evidence      TEXT          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    decided_by    VARCHAR(320),
    decided_at    TIMESTAMPTZ,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    UNIQUE (submission_id, member_id, source)
);
CREATE INDEX conflict_by_workshop ON conflict (workshop_id, status);
CREATE INDEX conflict_by_member ON conflict (member_id, submission_id);

-- A member's wish to review a paper.
CREATE TABLE bid (
    submission_id UUID          NOT NULL REFERENCES submission (id),
    member_id     UUID          NOT NULL REFERENCES committee_member (id),
    bid           VARCHAR(16)   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (submission_id, member_id)
);
CREATE INDEX bid_by_member ON bid (member_id);

-- A member assigned to review a paper: ASSIGNED until its review is submitted, REMOVED when a chair takes it back
-- (the row stays, so its REMOVED fact has a version). One active assignment per pair.
CREATE TABLE assignment (
    id            UUID          PRIMARY KEY,
    workshop_id   VARCHAR(64)   NOT NULL REFERENCES call (workshop_id),
    submission_id UUID          NOT NULL REFERENCES submission (id),
    member_id     UUID          NOT NULL REFERENCES committee_member (id),
    state         VARCHAR(16)   NOT NULL,
    assigned_by   VARCHAR(320)  NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX assignment_active_pair ON assignment (submission_id, member_id) WHERE state <> 'REMOVED';
CREATE INDEX assignment_by_workshop ON assignment (workshop_id, state);
CREATE INDEX assignment_by_member ON assignment (member_id, state);
