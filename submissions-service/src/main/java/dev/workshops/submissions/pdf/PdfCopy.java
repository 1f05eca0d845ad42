package dev.workshops.submissions.pdf;

/** The two files kept of each version: the authors' own, and the one reviewers get. */
public enum PdfCopy {
    /** As uploaded; authors and chairs get it. */
    ORIGINAL,
    /** Without author, creator, producer and XMP metadata; reviewers of a double-blind call get it. */
    REVIEWER
}
