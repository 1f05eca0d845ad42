-- The chairs' decision on a submission: recorded as pending (invisible to its authors), then released with the
-- workshop's other pending decisions at once. What the authors were told is kept as it was released.
ALTER TABLE submission
    ADD COLUMN decision             VARCHAR(16),
    ADD COLUMN decision_by          VARCHAR(320),
    ADD COLUMN decision_at          TIMESTAMPTZ,
    ADD COLUMN decision_released_at TIMESTAMPTZ,
    -- JSON list [{reviewer, commentsToAuthors}]: the submitted reviews' comments to authors, frozen at release.
    ADD COLUMN decision_comments    TEXT,
    -- Set when an acceptance is released and never cleared: its authors stay revealed to its reviewers.
    ADD COLUMN authors_revealed     BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT submission_decision_outcome
        CHECK (decision IN ('ACCEPT_ORAL', 'ACCEPT_POSTER', 'REJECT', 'DESK_REJECT')),
    ADD CONSTRAINT submission_decision_released_is_recorded
        CHECK (decision_released_at IS NULL OR decision IS NOT NULL);
CREATE INDEX submission_pending_decision ON submission (workshop_id)
    WHERE decision IS NOT NULL AND decision_released_at IS NULL;
