package dev.workshops.notification.delivery;

import dev.workshops.notification.message.Messages;
import dev.workshops.notification.preferences.RecipientPreferences;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Records what a person is told, inside the consuming transaction: the feed item and, if they allow email, a
 * PENDING delivery that {@link DeliverySender} sends. Both are unique per fact and recipient (and channel), so a
 * redelivered event, a restart or a second replica never tells anyone twice.
 */
@ApplicationScoped
public class Deliveries {

    private static final int FAN_OUT_BATCH = 200;

    public static final String EMAIL = "EMAIL";

    private final Clock clock;
    private final EmailLayout layout;

    public Deliveries(Clock clock, EmailLayout layout) {
        this.clock = clock;
        this.layout = layout;
    }

    /**
     * What a message is about, for the preference that may turn its email off (never the feed item). Bulk ones
     * (many people told the same, not something the person did) carry a one-click opt-out of their kind.
     */
    public enum Concern {
        /** Something about the person's own registration, paper, review or booking: sent while email is on. */
        REGISTRATION(false, null),
        SCHEDULE_CHANGES(true, "schedule changes"),
        REMINDERS(true, "reminders"),
        ANNOUNCEMENTS(true, "announcements");

        private final boolean bulk;
        private final String described;

        Concern(boolean bulk, String described) {
            this.bulk = bulk;
            this.described = described;
        }

        public boolean bulk() {
            return bulk;
        }

        /** How an opt-out names this kind of message ("No more announcements by email"). */
        public String described() {
            return described;
        }

        /** The bulk concern of this name; empty for any other word. */
        public static Optional<Concern> bulkNamed(String name) {
            return Arrays.stream(values()).filter(concern -> concern.bulk && concern.name().equals(name)).findFirst();
        }

        boolean emailWanted(RecipientPreferences preferences) {
            if (preferences == null) {
                return true;
            }
            return preferences.email && switch (this) {
                case REGISTRATION -> true;
                case SCHEDULE_CHANGES -> preferences.scheduleChanges;
                case REMINDERS -> preferences.reminders;
                case ANNOUNCEMENTS -> preferences.announcements;
            };
        }
    }

    /**
     * Tells many people within the consuming transaction without one huge Hibernate session (thousands of
     * managed entities made its flush overflow the stack): flushed and cleared every {@code FAN_OUT_BATCH} people.
     */
    public <T> Uni<Void> tellEach(Iterable<T> people, Function<T, Uni<Void>> tell) {
        return Panache.getSession().flatMap(session -> Multi.createFrom().<T>iterable(people)
                .group().intoLists().of(FAN_OUT_BATCH)
                .onItem().transformToUniAndConcatenate((List<T> batch) -> Multi.createFrom().<T>iterable(batch)
                        .onItem().transformToUniAndConcatenate(person -> tell.apply(person))
                        .collect().last()
                        .flatMap(told -> session.flush())
                        .invoke(session::clear))
                .collect().last().replaceWithVoid());
    }

    /** The recipient's chosen zone, else {@code fallback} (usually the workshop's). */
    public Uni<ZoneId> zoneOf(String recipientId, ZoneId fallback) {
        return preferencesOf(recipientId)
                .map(preferences -> preferences == null || preferences.timezone == null ? fallback : ZoneId.of(preferences.timezone));
    }

    /** Someone's saved preferences; none for {@code null} (nobody's account) or someone who never saved any. */
    private static Uni<RecipientPreferences> preferencesOf(String recipientId) {
        return recipientId == null ? Uni.createFrom().nullItem() : RecipientPreferences.findById(recipientId);
    }

    public Uni<Void> notify(String recipientId, String email, String workshopId, Concern concern, String kind, String factKey,
            Instant factAt, Messages.Message message) {
        return notify(recipientId, recipientId, email, workshopId, concern, kind, factKey, factAt, message);
    }

    /**
     * The same for a notice whose feed address is not the account whose preferences decide its email: an author
     * addressed by email ({@code Recipient.addressedTo}) and known, or not ({@code preferencesOwner} null), by an account.
     * Someone known by no account has the preferences of their feed address (only a one-click opt-out makes them).
     */
    public Uni<Void> notify(String recipientId, String preferencesOwner, String email, String workshopId, Concern concern, String kind,
            String factKey, Instant factAt, Messages.Message message) {
        String owner = preferencesOwner != null ? preferencesOwner : recipientId;
        Instant now = clock.instant();
        UUID notificationId = UUID.randomUUID();
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO notification (id, recipient_id, workshop_id, kind, fact_key, subject, body, fact_at, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (fact_key, recipient_id) DO NOTHING""")
                .setParameter(1, notificationId).setParameter(2, recipientId).setParameter(3, workshopId)
                .setParameter(4, kind).setParameter(5, factKey).setParameter(6, message.subject())
                .setParameter(7, message.text()).setParameter(8, factAt).setParameter(9, now)
                .executeUpdate())
                .flatMap(inserted -> inserted == 0 || email == null ? Uni.createFrom().voidItem()
                        : preferencesOf(owner).flatMap(preferences -> !concern.emailWanted(preferences) ? Uni.createFrom().voidItem()
                                : layout.lay(message, workshopId, owner, preferences, concern).flatMap(laidOut -> {
                            Delivery delivery = new Delivery();
                            delivery.id = UUID.randomUUID();
                            delivery.notificationId = notificationId;
                            delivery.workshopId = workshopId;
                            delivery.channel = EMAIL;
                            delivery.recipient = email;
                            delivery.status = DeliverySender.PENDING;
                            delivery.kind = kind;
                            delivery.subject = message.subject();
                            delivery.bodyText = laidOut.text();
                            delivery.bodyHtml = laidOut.html();
                            delivery.listUnsubscribe = laidOut.listUnsubscribe();
                            delivery.attachmentIcs = message.calendar();
                            delivery.factAt = factAt;
                            delivery.createdAt = now;
                            delivery.nextAttemptAt = now;
                            return delivery.persist().replaceWithVoid();
                        })));
    }

}
