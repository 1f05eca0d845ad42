-- Submissions, from `submissions`: whom to remind of a draft and of which deadline. `authors` is the fact's list as
-- JSON ({name, email, recipient}), `recipient` being the feed address a notice to that author goes to.
CREATE TABLE submission_projection (
    submission_id     UUID        PRIMARY KEY,
    workshop_id       VARCHAR(64) NOT NULL,
    title             TEXT        NOT NULL,
    status            VARCHAR(16) NOT NULL,
    authors           TEXT        NOT NULL,
    deadline_at       TIMESTAMPTZ NOT NULL,
    extended_until    TIMESTAMPTZ,
    workshop_title    VARCHAR(200),
    workshop_timezone VARCHAR(64),
    version           BIGINT      NOT NULL
);
CREATE INDEX submission_projection_drafts ON submission_projection (workshop_id) WHERE status = 'DRAFT';

-- Authors are addressed by email (`email:<address>`), longer than a user id.
ALTER TABLE notification ALTER COLUMN recipient_id TYPE VARCHAR(330);
-- An author's account, when one is known by that address (their preferences and zone).
CREATE INDEX recipient_by_email ON recipient (lower(email));
