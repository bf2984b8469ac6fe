package dev.guidepost.check.layout;

import java.util.Locale;
import java.util.Optional;

/**
 * A Python distribution name as pip compares it: PEP 503 normalised, so that
 * {@code Django_REST.Framework} and {@code django-rest-framework} are one name. Note that
 * {@code djangorestframework} (no separators) stays a different name.
 */
public final class RequirementName {

    private RequirementName() {
    }

    /** Lower case, every run of '-', '_' and '.' replaced by one '-'. */
    public static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean inSeparator = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_' || c == '.') {
                if (!inSeparator) {
                    out.append('-');
                }
                inSeparator = true;
            } else {
                out.append(Character.toLowerCase(c));
                inSeparator = false;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The normalised project name at the start of a PEP 508 requirement ({@code name[extra]>=1; marker},
     * {@code name @ url}), or empty when the text does not start with a valid name.
     */
    public static Optional<String> ofRequirement(String requirement) {
        String text = requirement.strip();
        int end = 0;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || !Character.isLetterOrDigit(text.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(normalise(text.substring(0, end)));
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }
}
