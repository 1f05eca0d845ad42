package dev.workshops.submissions.conflict;

import dev.workshops.submissions.emaildomain.EmailDomains;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which papers of a call each committee member is conflicted with, and why: plain rules over the call's papers and
 * its accepted members. Members' emails are verified (they accepted signed in with them); authors' emails are as
 * the authors listed them, which can only find more conflicts, never hide one.
 */
public final class ConflictRules {

    /** One author of a paper: email in lower case. */
    public record Author(String email, String affiliation) {
    }

    /** A paper of the call: its authors, the declarations its authors made, who submitted it (token subject). */
    public record Paper(UUID id, String title, String submitterId, List<Author> authors, List<String> declaredConflicts) {
    }

    /** An accepted member: their verified email, their account and what they declared. */
    public record Member(UUID id, String email, String accountId, String affiliation, List<String> declaredConflicts) {
    }

    /** A conflict found: the pair, its source and what shows it (several findings of one source joined). */
    public record Found(UUID submissionId, UUID memberId, Conflict.Source source, String evidence) {

        public Key key() {
            return new Key(submissionId, memberId, source);
        }
    }

    /** What identifies a conflict record. */
    public record Key(UUID submissionId, UUID memberId, Conflict.Source source) {
    }

    private ConflictRules() {
    }

    /** Every conflict between the papers and the members, in the order of papers, members and sources given. */
    public static List<Found> between(List<Paper> papers, List<Member> members) {
        return between(papers, List.of(), members);
    }

    /**
     * The same, where {@code withdrawn} papers (no longer reviewed, so never conflicted themselves) still show who
     * co-authored with whom.
     */
    public static List<Found> between(List<Paper> papers, List<Paper> withdrawn, List<Member> members) {
        Set<UUID> reviewed = papers.stream().map(Paper::id).collect(Collectors.toSet());
        Map<String, List<Paper>> papersByAuthor = new HashMap<>();
        for (Paper paper : Stream.concat(papers.stream(), withdrawn.stream()).toList()) {
            for (Author author : paper.authors()) {
                papersByAuthor.computeIfAbsent(author.email(), email -> new ArrayList<>()).add(paper);
            }
        }
        Map<Key, TreeSet<String>> evidence = new LinkedHashMap<>();
        for (Paper paper : papers) {
            for (Member member : members) {
                for (Author author : paper.authors()) {
                    if (author.email().equals(member.email())) {
                        note(evidence, paper, member, Conflict.Source.AUTHORSHIP, "the member (" + member.email() + ") is an author");
                        continue;
                    }
                    EmailDomains.sharedOrganisation(EmailDomains.domainOf(member.email()), EmailDomains.domainOf(author.email()))
                            .ifPresent(domain -> note(evidence, paper, member, Conflict.Source.EMAIL_DOMAIN,
                                    "the member " + member.email() + " and the author " + author.email() + " are both at " + domain));
                    String affiliation = Affiliations.normalised(author.affiliation());
                    if (!affiliation.isEmpty() && affiliation.equals(Affiliations.normalised(member.affiliation()))) {
                        note(evidence, paper, member, Conflict.Source.AFFILIATION, "the member (" + member.affiliation()
                                + ") and the author " + author.email() + " (" + author.affiliation() + ") share an affiliation");
                    }
                    declared(member.declaredConflicts(), author.email()).ifPresent(entry -> note(evidence, paper, member,
                            Conflict.Source.DECLARED_BY_MEMBER, "the member declared " + entry + " (author " + author.email() + ")"));
                }
                if (member.accountId() != null && member.accountId().equals(paper.submitterId())) {
                    note(evidence, paper, member, Conflict.Source.AUTHORSHIP, "the member submitted it");
                }
                declared(paper.declaredConflicts(), member.email()).ifPresent(entry -> note(evidence, paper, member,
                        Conflict.Source.DECLARED_BY_AUTHORS, "the authors declared " + entry + " (member " + member.email() + ")"));
            }
        }
        for (Member member : members) {
            for (Paper own : papersByAuthor.getOrDefault(member.email(), List.of())) {
                for (Author coAuthor : own.authors()) {
                    if (coAuthor.email().equals(member.email())) {
                        continue;
                    }
                    for (Paper other : papersByAuthor.getOrDefault(coAuthor.email(), List.of())) {
                        if (!other.id().equals(own.id()) && reviewed.contains(other.id())) {
                            note(evidence, other, member, Conflict.Source.CO_AUTHORSHIP, "the member co-authors \""
                                    + own.title() + "\" with " + coAuthor.email() + ", an author of this paper");
                        }
                    }
                }
            }
        }
        List<Found> found = new ArrayList<>();
        evidence.forEach((key, notes) -> found.add(new Found(key.submissionId(), key.memberId(), key.source(), String.join("; ", notes))));
        found.sort(Comparator.comparing(Found::submissionId).thenComparing(Found::memberId).thenComparing(Found::source));
        return found;
    }

    /** The first declaration naming {@code email}: that email, or its domain or a parent domain of it. */
    static Optional<String> declared(List<String> declarations, String email) {
        String domain = EmailDomains.domainOf(email);
        return declarations.stream().filter(Objects::nonNull).map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .filter(entry -> entry.indexOf('@') > 0 ? entry.equals(email)
                        : EmailDomains.covers(entry.startsWith("@") ? entry.substring(1) : entry, domain))
                .findFirst();
    }

    private static void note(Map<Key, TreeSet<String>> evidence, Paper paper, Member member, Conflict.Source source, String note) {
        evidence.computeIfAbsent(new Key(paper.id(), member.id(), source), key -> new TreeSet<>()).add(note);
    }
}
