package dev.workshops.portal.notifications;

/** What a person wants to be told, and the zone messages write times in. */
public record Preferences(boolean email, boolean scheduleChanges, boolean reminders, String timezone) {
}
