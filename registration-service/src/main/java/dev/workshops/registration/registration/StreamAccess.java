package dev.workshops.registration.registration;

/** Who may watch the livestream (product.md: hybrid fallback). */
public final class StreamAccess {

    private StreamAccess() {
    }

    /**
     * Anyone confirmed; someone waiting for (or offered) an in-person seat too, unless the policy turns that
     * off; nobody waiting for a virtual place or cancelled.
     */
    public static boolean of(String mode, String status, boolean waitlistStreamAccess) {
        return switch (status) {
            case Registration.CONFIRMED -> true;
            case Registration.WAITLISTED, Registration.OFFERED -> Registration.IN_PERSON.equals(mode) && waitlistStreamAccess;
            default -> false;
        };
    }
}
