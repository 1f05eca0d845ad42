-- A reviewer's review of the paper they are assigned to, one per assignment: a DRAFT only its reviewer sees, then
-- SUBMITTED. A draft may leave scores out; a submitted review has them all.
CREATE TABLE review (
    assignment_id          UUID          PRIMARY KEY REFERENCES assignment (id),
    submission_id          UUID          NOT NULL REFERENCES submission (id),
    workshop_id            VARCHAR(64)   NOT NULL REFERENCES call (workshop_id),
    state                  VARCHAR(16)   NOT NULL,
    overall                INTEGER       CHECK (overall BETWEEN 1 AND 10),
    confidence             INTEGER       CHECK (confidence BETWEEN 1 AND 5),
    originality            INTEGER       CHECK (originality BETWEEN 1 AND 5),
    relevance              INTEGER       CHECK (relevance BETWEEN 1 AND 5),
    rigor                  INTEGER       CHECK (rigor BETWEEN 1 AND 5),
    summary                TEXT,
    strengths              TEXT,
    weaknesses             TEXT,
    comments_to_authors    TEXT,
    confidential_to_chairs TEXT,
    submitted_at           TIMESTAMPTZ,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    CONSTRAINT review_submitted_is_complete CHECK (state <> 'SUBMITTED' OR (overall IS NOT NULL
        AND confidence IS NOT NULL AND originality IS NOT NULL AND relevance IS NOT NULL AND rigor IS NOT NULL))
);
CREATE INDEX review_by_submission ON review (submission_id, state);
CREATE INDEX review_by_workshop ON review (workshop_id, state);

-- The discussion of a paper among its reviewers and the chairs. A post names its writer's account (and membership,
-- for a reviewer); answers show only "Reviewer N" or "Chair".
CREATE TABLE discussion_post (
    id            UUID          PRIMARY KEY,
    submission_id UUID          NOT NULL REFERENCES submission (id),
    account_id    VARCHAR(64)   NOT NULL,
    member_id     UUID          REFERENCES committee_member (id),
    text          TEXT          NOT NULL,
    posted_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX discussion_post_by_submission ON discussion_post (submission_id, posted_at);

-- A chair's meta-review of a paper: a recommendation and its reasons, for the chairs.
CREATE TABLE meta_review (
    submission_id  UUID          PRIMARY KEY REFERENCES submission (id),
    recommendation VARCHAR(16)   NOT NULL,
    text           TEXT          NOT NULL,
    written_by     VARCHAR(320)  NOT NULL,
    version        BIGINT        NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL
);
