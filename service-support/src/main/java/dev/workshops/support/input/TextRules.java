package dev.workshops.support.input;

/** What a text from outside may not hold, wherever it arrives (body, path or query). */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} cannot be kept as given, or null when it can. */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain a NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate character";
            }
        }
        return null;
    }
}
