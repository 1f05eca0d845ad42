-- Every PDF a submission's authors uploaded, as checked on arrival; the highest version counts.
CREATE TABLE submission_pdf (
    id                      UUID         PRIMARY KEY,
    submission_id           UUID         NOT NULL REFERENCES submission (id),
    version                 INTEGER      NOT NULL,
    bytes                   BIGINT       NOT NULL,
    sha256                  CHAR(64)     NOT NULL,
    pages                   INTEGER      NOT NULL,
    pages_before_references INTEGER      NOT NULL,
    -- JSON list of sentences for the chairs (over the format's page limit); empty when none.
    format_warnings         TEXT         NOT NULL,
    late_within_grace       BOOLEAN      NOT NULL,
    reviewer_copy_bytes     BIGINT       NOT NULL,
    uploaded_by             VARCHAR(64)  NOT NULL,
    uploaded_at             TIMESTAMPTZ  NOT NULL,
    UNIQUE (submission_id, version)
);

-- The bytes of each version, as uploaded (ORIGINAL) and as reviewers get it (REVIEWER), in chunks written and read
-- one at a time, so no request holds a whole file in memory.
CREATE TABLE submission_pdf_chunk (
    pdf_id UUID        NOT NULL REFERENCES submission_pdf (id),
    copy   VARCHAR(8)  NOT NULL,
    seq    INTEGER     NOT NULL,
    data   BYTEA       NOT NULL,
    PRIMARY KEY (pdf_id, copy, seq)
);
-- PDFs are compressed already: TOAST stores them out of line without trying to compress them again.
ALTER TABLE submission_pdf_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
