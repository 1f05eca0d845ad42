package dev.workshops.portal.services;

/** The services the portal calls, with the words a page uses when one cannot be reached. */
public enum Service {
    REGISTRATION("registration"), SCHEDULE("schedule"), NOTIFICATION("notification"), STREAMING("streaming"),
    SUBMISSIONS("submissions");

    final String words;

    Service(String words) {
        this.words = words;
    }

    String baseUrl(ServicesConfig config) {
        return switch (this) {
            case REGISTRATION -> config.registration();
            case SCHEDULE -> config.schedule();
            case NOTIFICATION -> config.notification();
            case STREAMING -> config.streaming();
            case SUBMISSIONS -> config.submissions();
        };
    }
}
