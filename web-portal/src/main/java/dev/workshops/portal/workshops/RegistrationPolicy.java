package dev.workshops.portal.workshops;

/** What a workshop's home tells of its registration policy: how one can take part. Null virtual: unlimited. */
public record RegistrationPolicy(Integer inPersonCapacity, Integer virtualCapacity) {

    /** "In person and virtual", "In person only" or "Virtual only". */
    public String attendance() {
        boolean inPerson = inPersonCapacity != null && inPersonCapacity > 0;
        boolean virtual = virtualCapacity == null || virtualCapacity > 0;
        if (inPerson && virtual) {
            return "In person and virtual";
        }
        return inPerson ? "In person only" : "Virtual only";
    }
}
