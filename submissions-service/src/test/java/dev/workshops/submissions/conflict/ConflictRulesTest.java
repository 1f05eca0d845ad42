package dev.workshops.submissions.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.submissions.conflict.ConflictRules.Author;
import dev.workshops.submissions.emaildomain.EmailDomains;
import dev.workshops.submissions.conflict.ConflictRules.Member;
import dev.workshops.submissions.conflict.ConflictRules.Paper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);
    private static final UUID M = new UUID(0, 101);

    @Test
    void domainsOfOneOrganisationMatchButPublicMailDoesNot() {
        assertEquals(Optional.of("uoft.ca"), EmailDomains.sharedOrganisation("cs.uoft.ca", "uoft.ca"));
        assertEquals(Optional.of("uoft.ca"), EmailDomains.sharedOrganisation("cs.uoft.ca", "ece.uoft.ca"));
        assertEquals(Optional.of("ox.ac.uk"), EmailDomains.sharedOrganisation("cs.ox.ac.uk", "maths.ox.ac.uk"));
        assertEquals(Optional.empty(), EmailDomains.sharedOrganisation("ox.ac.uk", "cam.ac.uk"));
        assertEquals(Optional.empty(), EmailDomains.sharedOrganisation("gmail.com", "gmail.com"));
        assertEquals(Optional.empty(), EmailDomains.sharedOrganisation("yahoo.co.uk", "yahoo.co.uk"));
        assertTrue(EmailDomains.isPublicMail("mail.gmx.net"));
        assertFalse(EmailDomains.isPublicMail("uoft.ca"));
    }

    @Test
    void aBarePublicSuffixIsNobodysOrganisation() {
        assertEquals(Optional.empty(), EmailDomains.sharedOrganisation("ac.uk", "cs.ox.ac.uk"));
        assertEquals(Optional.empty(), EmailDomains.sharedOrganisation("cs.uni.edu", "edu"));
        assertEquals(Optional.empty(), EmailDomains.sharedOrganisation("edu", "edu"));
        assertEquals(Optional.of("uni.edu"), EmailDomains.sharedOrganisation("uni.edu", "cs.uni.edu"));
        assertEquals(Optional.of("workshop.test"), EmailDomains.sharedOrganisation("bench.workshop.test", "workshop.test"));
        assertTrue(EmailDomains.covers("uni.edu", "cs.uni.edu"));
        assertFalse(EmailDomains.covers("edu", "cs.uni.edu"));
        assertFalse(EmailDomains.covers("ac.uk", "ox.ac.uk"));

        Member member = new Member(M, "m@cs.ox.ac.uk", "account-m", null, List.of("edu"));
        Paper paper = new Paper(A, "Paper", "account", List.of(new Author("x@ac.uk", null), new Author("y@cs.uni.edu", null)),
                List.of("ac.uk"));
        assertEquals(List.of(), ConflictRules.between(List.of(paper), List.of(member)));
    }

    @Test
    void aWithdrawnPaperStillShowsCoAuthorshipButIsNeverConflictedItself() {
        Paper withdrawn = new Paper(B, "Withdrawn", "someone", List.of(new Author("me@lab.org", null), new Author("co@else.org", null)),
                List.of());
        Paper reviewed = new Paper(A, "Reviewed", "other", List.of(new Author("co@else.org", null)), List.of());
        Member member = new Member(M, "me@lab.org", "account", null, List.of());

        assertEquals(List.of(new ConflictRules.Found(A, M, Conflict.Source.CO_AUTHORSHIP,
                        "the member co-authors \"Withdrawn\" with co@else.org, an author of this paper")),
                ConflictRules.between(List.of(reviewed), List.of(withdrawn), List.of(member)));
    }

    @Test
    void affiliationsCompareWithoutCaseAccentsPunctuationAndCommonWords() {
        assertEquals("toronto", Affiliations.normalised("Toronto, University of."));
        assertEquals(Affiliations.normalised("the University of Tōronto"), Affiliations.normalised("UNIVERSITY OF TORONTO"));
        assertEquals("max planck informatics", Affiliations.normalised("Max-Planck-Institute of Informatics"));
        assertEquals("", Affiliations.normalised("The University"));
    }

    @Test
    void eachSourceIsFoundWithItsEvidence() {
        Paper own = new Paper(A, "Own", "someone", List.of(new Author("me@lab.org", null), new Author("co@else.org", "Else")), List.of());
        Paper other = new Paper(B, "Other", "other-account", List.of(new Author("co@else.org", "Else"),
                new Author("x@cs.uni.edu", "University of Somewhere"), new Author("y@gmail.com", null)), List.of("@mine.org"));
        Member member = new Member(M, "me@lab.org", "account", "Somewhere University", List.of("Y@GMAIL.COM"));

        List<ConflictRules.Found> found = ConflictRules.between(List.of(own, other), List.of(member));

        assertEquals(List.of(
                        new ConflictRules.Found(A, M, Conflict.Source.AUTHORSHIP, "the member (me@lab.org) is an author"),
                        new ConflictRules.Found(B, M, Conflict.Source.AFFILIATION,
                                "the member (Somewhere University) and the author x@cs.uni.edu (University of Somewhere) share an affiliation"),
                        new ConflictRules.Found(B, M, Conflict.Source.CO_AUTHORSHIP,
                                "the member co-authors \"Own\" with co@else.org, an author of this paper"),
                        new ConflictRules.Found(B, M, Conflict.Source.DECLARED_BY_MEMBER, "the member declared y@gmail.com (author y@gmail.com)")),
                found);
    }

    @Test
    void aDeclaredDomainCoversItsSubdomainsAndTheSubmitterIsAnAuthor() {
        Paper paper = new Paper(A, "Paper", "account", List.of(new Author("a@bench.test", null)), List.of("uni.edu"));
        Member member = new Member(M, "me@cs.uni.edu", "account", null, List.of());

        assertEquals(List.of(Conflict.Source.AUTHORSHIP, Conflict.Source.DECLARED_BY_AUTHORS),
                ConflictRules.between(List.of(paper), List.of(member)).stream().map(ConflictRules.Found::source).toList());
    }
}
