package dev.workshops.notification.submission;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.recipient.Recipient;
import dev.workshops.support.json.JsonColumns;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How notices reach a submission's authors (and a committee member, named by email on their assignments the same
 * way). A submission names them by email, and many have no account here (or
 * none at all), so each notice is addressed to the email ({@link Recipient#addressedTo}): the email goes there, and
 * the feed item is read by whoever signs in with that verified address. An author whose address notification-service
 * knows from a registration has their account's preferences applied: email on or off, and their zone.
 */
@ApplicationScoped
public class AuthorAddresses {

    /** An author as the submission projection keeps them. */
    public record StoredAuthor(String name, String email, String recipient) {
    }

    /** An author ready to be told: where, under which account's preferences (or none), and in which zone. */
    public record Addressee(String name, String email, String recipient, String account, ZoneId zone) {
    }

    private final JsonColumns columns;
    private final Deliveries deliveries;

    public AuthorAddresses(JsonColumns columns, Deliveries deliveries) {
        this.columns = columns;
        this.deliveries = deliveries;
    }

    public String stored(List<SubmissionChanged.Author> authors) {
        return columns.write(authors.stream()
                .map(author -> new StoredAuthor(author.name(), author.email(), Recipient.addressedTo(author.email()))).toList());
    }

    /** Inside a session: the author's account if known by their address, and their zone, else {@code workshopZone}. */
    public Uni<Addressee> of(String name, String email, ZoneId workshopZone) {
        return Recipient.accountOf(email).flatMap(account -> deliveries.zoneOf(account, workshopZone)
                .map(zone -> new Addressee(name, email, Recipient.addressedTo(email), account, zone)));
    }

    /** Each of {@code authors} in turn, addressed as {@link #of}. Inside a session. */
    public Uni<Void> each(List<SubmissionChanged.Author> authors, ZoneId workshopZone, Function<Addressee, Uni<Void>> tell) {
        return Multi.createFrom().iterable(authors)
                .onItem().transformToUniAndConcatenate(author -> of(author.name(), author.email(), workshopZone).flatMap(addressee -> tell.apply(addressee)))
                .collect().last().replaceWithVoid();
    }

    /** What every notice to an author says: who, of which workshop, and the deadline in their zone and in AoE. */
    public static Map<String, Object> dataFor(Addressee author, String workshopTitle, String title, Instant deadline) {
        return new java.util.HashMap<>(Map.of(
                "name", author.name(),
                "workshop", Messages.workshopName(workshopTitle),
                "title", title,
                "deadline", Messages.when(deadline, author.zone()),
                "deadlineAoE", Messages.whenAoE(deadline)));
    }
}
