-- Review assignments, from `review-assignments`: whom to tell of their papers and remind of their reviews. It names
-- the member, never an author: the paper is only its id and title. `recipient_id` is the member's feed address
-- (`email:<address>`); `changed_at` is when this service applied the latest fact (a member's notice waits until
-- their assignments have settled); `announced_in` is the fact key of the notice that listed it.
CREATE TABLE assignment_projection (
    assignment_id     UUID         PRIMARY KEY,
    submission_id     UUID         NOT NULL,
    workshop_id       VARCHAR(64)  NOT NULL,
    member_id         UUID         NOT NULL,
    member_email      VARCHAR(320) NOT NULL,
    member_name       VARCHAR(200),
    recipient_id      VARCHAR(330) NOT NULL,
    paper_title       TEXT,
    due_at            TIMESTAMPTZ  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    workshop_title    VARCHAR(200),
    workshop_timezone VARCHAR(64),
    changed_at        TIMESTAMPTZ  NOT NULL,
    announced_in      VARCHAR(200),
    version           BIGINT       NOT NULL
);
CREATE INDEX assignment_projection_member ON assignment_projection (workshop_id, member_id);
CREATE INDEX assignment_projection_open ON assignment_projection (due_at) WHERE state = 'ASSIGNED';

-- Decisions and camera-ready, from `submissions`: whether a released decision accepted it, the camera-ready deadline the fact carries,
-- and the camera-ready's presenter (when this service learnt of it: the presenter's notices wait for registrations
-- to catch up).
ALTER TABLE submission_projection
    ADD COLUMN accepted                 BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN camera_ready_deadline_at TIMESTAMPTZ,
    ADD COLUMN camera_ready_at          TIMESTAMPTZ,
    ADD COLUMN presenter_name           VARCHAR(200),
    ADD COLUMN presenter_email          VARCHAR(320),
    ADD COLUMN presenter_recipient      VARCHAR(330),
    ADD COLUMN attendance               VARCHAR(16);
CREATE INDEX submission_projection_accepted ON submission_projection (workshop_id) WHERE accepted;

-- Whether the identity provider vouched for a registration's email. Only such an address says whose it is: a
-- registration with someone else's unverified address must not take over their notices' preferences, nor count as
-- their registration. `verified_address` is that rule, the one place every look-up by email goes through.
ALTER TABLE recipient ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT false;
CREATE VIEW verified_address AS
    SELECT attendee_id, lower(email) AS email, updated_at FROM recipient WHERE email_verified AND email IS NOT NULL;
