-- Accepted papers become the program: each submission as submissions-service last told (`submissions`), and the
-- papers a session presents. A snapshot older than the one held is ignored (version).
CREATE TABLE paper (
    submission_id   UUID         PRIMARY KEY,
    workshop_id     VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    outcome         VARCHAR(16),              -- the released decision; none before release
    format          VARCHAR(64)  NOT NULL,
    title           VARCHAR(300) NOT NULL,    -- the camera-ready's when sent, else the submission's
    abstract        TEXT,
    authors         TEXT         NOT NULL,    -- JSON list of {name, email, affiliation, presenter}, in order
    presenter_email VARCHAR(320),
    attendance      VARCHAR(16),              -- declared with the camera-ready
    archival        BOOLEAN      NOT NULL DEFAULT FALSE,
    pdf_url         TEXT,
    camera_ready_at TIMESTAMPTZ,
    version         BIGINT       NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX paper_of_workshop ON paper (workshop_id);

-- JSON list of the papers the session presents ({paperId, board, title, authors, pdfUrl}); none for other sessions.
ALTER TABLE session ADD COLUMN papers TEXT;
-- A talk made from a paper takes its title, which may be as long as a submission's.
ALTER TABLE session ALTER COLUMN title TYPE VARCHAR(300);
