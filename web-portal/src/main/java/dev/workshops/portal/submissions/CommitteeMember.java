package dev.workshops.portal.submissions;

/** A program committee member as the public sees them: accepted, and agreed to be listed. */
public record CommitteeMember(String name, String affiliation) {
}
