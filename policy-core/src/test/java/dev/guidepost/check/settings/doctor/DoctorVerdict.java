package dev.guidepost.check.settings.doctor;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * One line of the "Invalid settings" section of {@code claude doctor}: where in the settings
 * file Claude Code found a problem, and its message.
 *
 * @param key     the JSON path in a form both sides share (see {@link Disagreements#key})
 * @param message Claude Code's message
 */
record DoctorVerdict(String key, String message) {

    private static final Pattern RULE = Pattern.compile("^Invalid permission rule \"(.*)\" was skipped");

    /**
     * Reads one bullet's text after "- ": {@code FILE › PATH: MESSAGE} or {@code FILE: MESSAGE};
     * {@code file} is the settings file's name as printed.
     */
    static DoctorVerdict parse(String line, String file) {
        String rest = line.startsWith(file) ? line.substring(file.length()) : line;
        String path = "";
        if (rest.startsWith(" › ")) {
            rest = rest.substring(" › ".length());
            int colon = rest.indexOf(": ");
            path = colon < 0 ? rest : rest.substring(0, colon);
            rest = colon < 0 ? "" : rest.substring(colon + 2);
        } else if (rest.startsWith(": ")) {
            rest = rest.substring(2);
        }
        Matcher rule = RULE.matcher(rest);
        String key = rule.find() ? Disagreements.ruleKey(path, rule.group(1)) : path;
        return new DoctorVerdict(key, rest);
    }
}
