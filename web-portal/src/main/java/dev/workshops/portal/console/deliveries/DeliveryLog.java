package dev.workshops.portal.console.deliveries;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Paged;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of notification-service's delivery log ({@code GET /api/notifications/deliveries}). */
@TemplateData
public record DeliveryLog(List<Delivery> items, int page, int size, long total) implements Paged {

    /** One email to one person: how it went, and the message it carried. */
    @TemplateData
    public record Delivery(UUID id, String recipient, String status, int attempts, String lastError, Instant sentAt,
            String kind, String subject, Instant createdAt) {

        public boolean failed() {
            return "FAILED".equals(status);
        }
    }

    /** The filters the page was asked for, kept as typed (blank: none; a status that is not one of these: none, as the roster does). */
    @TemplateData
    public record Filter(String status, String recipient, int page) {

        public static final List<String> STATUSES = List.of("FAILED", "PENDING", "SENT");

        static Filter of(String status, String recipient, int page) {
            String asked = blankToEmpty(status);
            return new Filter(STATUSES.contains(asked) ? asked : "", blankToEmpty(recipient), Math.max(page, 0));
        }

        /** The service's query: the workshop's deliveries, failures first, then this filter. */
        String query(String workshopId, int size) {
            StringBuilder query = new StringBuilder("/api/notifications/deliveries?failedFirst=true&workshopId=").append(enc(workshopId))
                    .append("&page=").append(page).append("&size=").append(size);
            if (!status.isEmpty()) {
                query.append("&status=").append(enc(status));
            }
            if (!recipient.isEmpty()) {
                query.append("&recipient=").append(enc(recipient));
            }
            return query.toString();
        }

        /** This portal page's address for another page of the same filter. */
        public String pageLink(String workshopId, int other) {
            StringBuilder link = new StringBuilder("/console/workshops/").append(enc(workshopId)).append("/deliveries?page=").append(other);
            if (!status.isEmpty()) {
                link.append("&status=").append(enc(status));
            }
            if (!recipient.isEmpty()) {
                link.append("&recipient=").append(enc(recipient));
            }
            return link.toString();
        }

        private static String blankToEmpty(String text) {
            return text == null ? "" : text.strip();
        }
    }
}
