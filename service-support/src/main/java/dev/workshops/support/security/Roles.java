package dev.workshops.support.security;

/** Realm roles of the `workshop` realm. */
public final class Roles {

    public static final String ATTENDEE = "attendee";
    public static final String ORGANIZER = "organizer";
    public static final String MENTOR = "mentor";
    public static final String SPEAKER = "speaker";
    public static final String STAFF = "staff";

    private Roles() {
    }
}
