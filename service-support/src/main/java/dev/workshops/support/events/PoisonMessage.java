package dev.workshops.support.events;

/** A message that can never be applied however often it is retried: it goes straight to dead letters. */
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
