package dev.workshops.portal.notifications;

/**
 * What a person wants to be told, and the zone messages write times in. {@code announcements} is also what an
 * email's one-click opt-out turns off, so the form shows it and a person can turn it on again.
 */
public record Preferences(boolean email, boolean scheduleChanges, boolean reminders, String timezone, boolean announcements) {
}
