package dev.workshops.submissions.conflict;

import com.google.common.net.InternetDomainName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether two email domains belong to one organisation: the same domain, one a subdomain of the other, or the same
 * registrable domain under a public suffix ({@code cs.uoft.ca} and {@code ece.uoft.ca}, by Guava's copy of the public
 * suffix list). Public mail domains ({@code public-mail-domains.txt}) belong to nobody.
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

    /** The organisation both domains are part of, or empty when they are not one (or either is public mail). */
    public static Optional<String> sharedOrganisation(String first, String second) {
        if (first.isEmpty() || second.isEmpty() || isPublicMail(first) || isPublicMail(second)) {
            return Optional.empty();
        }
        if (within(first, second)) {
            return Optional.of(second);
        }
        if (within(second, first)) {
            return Optional.of(first);
        }
        Optional<String> registrable = registrable(first);
        return registrable.isPresent() && registrable.equals(registrable(second)) ? registrable : Optional.empty();
    }

    /** {@code domain} is {@code parent} or one of its subdomains. */
    public static boolean within(String domain, String parent) {
        return domain.equals(parent) || domain.endsWith("." + parent);
    }

    private static Optional<String> registrable(String domain) {
        try {
            InternetDomainName name = InternetDomainName.from(domain);
            return name.isUnderPublicSuffix() ? Optional.of(name.topPrivateDomain().toString()) : Optional.empty();
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
