package dev.guidepost.check.settings;

/**
 * What a {@code target: settings} rule list demands of the effective permissions for each of its
 * commands, and which permission list a finding about a missing rule points at.
 */
public enum PermissionExpectation {
    /** {@code denies:} every spelling is denied. */
    DENIES("denies", Behavior.DENY, "denied"),
    /** {@code denies-or-asks:} every spelling is denied or needs confirmation. */
    DENIES_OR_ASKS("denies-or-asks", Behavior.DENY, "denied or asked for"),
    /** {@code asks:} every spelling needs confirmation. */
    ASKS("asks", Behavior.ASK, "asked for"),
    /** {@code allows:} the command runs without confirmation (for manage.py: in some spelling). */
    ALLOWS("allows", Behavior.ALLOW, "allowed"),
    /** {@code not-allows:} no spelling runs without confirmation; reported on the allow rules that let it. */
    NOT_ALLOWS("not-allows", Behavior.ALLOW, "kept from running unasked");

    private final String key;
    private final Behavior list;
    private final String phrase;

    PermissionExpectation(String key, Behavior list, String phrase) {
        this.key = key;
        this.list = list;
        this.phrase = phrase;
    }

    /** The rule option key. */
    public String key() {
        return key;
    }

    /** The permission list a finding about a missing rule points at. */
    public Behavior list() {
        return list;
    }

    /** The past participle used in messages ("denied", "allowed", …). */
    public String phrase() {
        return phrase;
    }

    /** Does a verdict satisfy this expectation for one use? */
    public boolean accepts(Decision.Verdict verdict) {
        return switch (this) {
            case DENIES -> verdict == Decision.Verdict.DENY;
            case DENIES_OR_ASKS -> verdict == Decision.Verdict.DENY || verdict == Decision.Verdict.ASK;
            case ASKS -> verdict == Decision.Verdict.ASK;
            case ALLOWS -> verdict == Decision.Verdict.ALLOW;
            case NOT_ALLOWS -> verdict != Decision.Verdict.ALLOW;
        };
    }
}
