package dev.workshops.submissions.emaildomain;

import com.google.common.net.InternetDomainName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether two email domains belong to one organisation: the same registrable domain under a public suffix
 * ({@code cs.uoft.ca} and {@code ece.uoft.ca}, by Guava's copy of the public suffix list), never a bare public suffix
 * ({@code x@edu} shares nothing with {@code y@cs.uni.edu}). Public mail domains ({@code public-mail-domains.txt})
 * belong to nobody.
 */
public final class EmailDomains {

    private static final Set<String> PUBLIC_MAIL = load();

    private EmailDomains() {
    }

    /** The part after the last {@code @}, lower case; empty when there is none. */
    public static String domainOf(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** A domain anyone can have a mailbox at (or a subdomain of one). */
    public static boolean isPublicMail(String domain) {
        for (String candidate = domain; !candidate.isEmpty(); candidate = parentOf(candidate)) {
            if (PUBLIC_MAIL.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation both domains are part of, or empty when they are not one (or either is public mail or a bare
     * public suffix such as {@code edu} or {@code ac.uk}).
     */
    public static Optional<String> sharedOrganisation(String first, String second) {
        if (isPublicMail(first) || isPublicMail(second)) {
            return Optional.empty();
        }
        Optional<String> organisation = organisationOf(first);
        return organisation.isPresent() && organisation.equals(organisationOf(second)) ? organisation : Optional.empty();
    }

    /** {@code domain} is {@code declared} or one of its subdomains, and {@code declared} is more than a public suffix. */
    public static boolean covers(String declared, String domain) {
        return !domain.isEmpty() && isOwnable(declared) && (domain.equals(declared) || domain.endsWith("." + declared));
    }

    /** A domain someone can hold: not empty, not a bare public suffix ({@code edu}, {@code ac.uk}, {@code com}). */
    public static boolean isOwnable(String domain) {
        return organisationOf(domain).isPresent();
    }

    /**
     * The registrable domain under its public suffix ({@code cs.ox.ac.uk} is {@code ox.ac.uk}); under an unlisted
     * top-level domain (internal, test) the list's default rule holds: its last two labels. A bare public suffix, or
     * no domain, is nobody's.
     */
    private static Optional<String> organisationOf(String domain) {
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        try {
            InternetDomainName name = InternetDomainName.from(domain);
            if (name.isUnderPublicSuffix()) {
                return Optional.of(name.topPrivateDomain().toString());
            }
            List<String> labels = name.parts();
            return name.hasPublicSuffix() || labels.size() < 2 ? Optional.empty()
                    : Optional.of(String.join(".", labels.subList(labels.size() - 2, labels.size())));
        } catch (IllegalArgumentException | IllegalStateException notADomain) {
            return Optional.empty();
        }
    }

    private static String parentOf(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? "" : domain.substring(dot + 1);
    }

    private static Set<String> load() {
        Set<String> domains = new HashSet<>();
        try (InputStream in = EmailDomains.class.getResourceAsStream("/conflict/public-mail-domains.txt")) {
            if (in == null) {
                throw new IllegalStateException("conflict/public-mail-domains.txt is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String domain = line.strip().toLowerCase(Locale.ROOT);
                if (!domain.isEmpty() && !domain.startsWith("#")) {
                    domains.add(domain);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(domains);
    }
}
