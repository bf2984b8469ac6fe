package dev.guidepost.check.settings;

/** The list of {@code permissions} a rule is in. */
public enum Behavior {
    ALLOW("allow"), ASK("ask"), DENY("deny");

    private final String key;

    Behavior(String key) {
        this.key = key;
    }

    /** The JSON key of the list. */
    public String key() {
        return key;
    }
}
