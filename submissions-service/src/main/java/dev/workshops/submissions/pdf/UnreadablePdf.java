package dev.workshops.submissions.pdf;

/** A file refused on arrival; the message is one sentence the author can act on. */
public class UnreadablePdf extends Exception {

    public UnreadablePdf(String sentence) {
        super(sentence, null, false, false);
    }
}
