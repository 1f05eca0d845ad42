package dev.workshops.submissions.bid;

/** How much a member wants to review a paper, in the order the assignment prefers; no bid counts as NEUTRAL. */
public enum BidLevel { EAGER, WILLING, NEUTRAL, NOT_WILLING }
