package dev.workshops.submissions.bid;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.workshops.submissions.review.ReviewerPaper;

/** A paper a member may bid on, anonymised as {@link ReviewerPaper} (without its PDF), with the member's bid ({@code null}: none yet). */
public record BidView(@JsonUnwrapped ReviewerPaper paper, BidLevel bid) {
}
