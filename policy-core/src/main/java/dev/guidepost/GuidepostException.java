package dev.guidepost;

/** A run could not be made for a reason outside the policy: a missing folder, an unreadable file. */
public final class GuidepostException extends RuntimeException {

    public GuidepostException(String message) {
        super(message);
    }

    public GuidepostException(String message, Throwable cause) {
        super(message, cause);
    }
}
