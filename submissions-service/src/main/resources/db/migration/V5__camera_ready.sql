-- The final version of an accepted paper as its authors send it, correctable until the call's camera-ready deadline.
CREATE TABLE camera_ready (
    submission_id   UUID         PRIMARY KEY REFERENCES submission (id),
    title           VARCHAR(300) NOT NULL,
    abstract        TEXT         NOT NULL,
    -- JSON list of {name, email, affiliation, presenter}, in the paper's order.
    authors         TEXT         NOT NULL,
    presenter_email VARCHAR(320) NOT NULL,
    attendance      VARCHAR(16)  NOT NULL CHECK (attendance IN ('IN_PERSON', 'VIRTUAL')),
    license         VARCHAR(100) NOT NULL,
    archival        BOOLEAN      NOT NULL,
    sent_by         VARCHAR(64)  NOT NULL,
    sent_at         TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);

-- A PDF is the submission's (reviewed) or the camera-ready's (final); each kind has its own versions.
ALTER TABLE submission_pdf ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'SUBMISSION'
    CHECK (kind IN ('SUBMISSION', 'CAMERA_READY'));
ALTER TABLE submission_pdf DROP CONSTRAINT submission_pdf_submission_id_version_key;
ALTER TABLE submission_pdf ADD CONSTRAINT submission_pdf_version_of_kind UNIQUE (submission_id, kind, version);
