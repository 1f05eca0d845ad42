package dev.workshops.submissions.conflict;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Affiliations compare after ignoring case, accents, punctuation and the words that every affiliation has:
 * "University of Toronto", "Toronto, University of" and "the university of TORONTO." are one.
 */
public final class Affiliations {

    private static final Set<String> IGNORED = Set.of("university", "institute", "department", "of", "the");

    private Affiliations() {
    }

    /** The words that identify it, space-separated; empty when nothing identifies it (or {@code null}). */
    public static String normalised(String affiliation) {
        if (affiliation == null) {
            return "";
        }
        String plain = Normalizer.normalize(affiliation, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        return Arrays.stream(plain.strip().split(" ")).filter(word -> !word.isEmpty() && !IGNORED.contains(word))
                .collect(Collectors.joining(" "));
    }
}
