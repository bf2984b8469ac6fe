package dev.guidepost.edit;

/** A JSON edit that cannot be made: the document has a value of another type where the edit needs an object or a list. */
public final class JsonEditException extends Exception {

    private final int offset;

    public JsonEditException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** The character offset of the value in the way. */
    public int offset() {
        return offset;
    }
}
