package dev.guidepost.check.layout;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sections and options of an INI file as Python's configparser reads {@code setup.cfg},
 * {@code tox.ini} and {@code pytest.ini}: {@code key = value} or {@code key: value}, indented lines
 * continuing the previous value, {@code #} and {@code ;} comment lines. Option names are compared
 * ignoring case. Never throws.
 */
public final class IniDocument {

    private final Map<String, Map<String, String>> sections;

    private IniDocument(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    public static IniDocument parse(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> section = null;
        String lastKey = null;
        for (String line : text.split("\r?\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            boolean continuation = Character.isWhitespace(line.charAt(0));
            if (continuation && section != null && lastKey != null) {
                section.merge(lastKey, "\n" + stripped, String::concat);
                continue;
            }
            if (stripped.startsWith("[") && stripped.endsWith("]")) {
                section = sections.computeIfAbsent(stripped.substring(1, stripped.length() - 1).strip(),
                        k -> new LinkedHashMap<>());
                lastKey = null;
                continue;
            }
            int eq = stripped.indexOf('=');
            int colon = stripped.indexOf(':');
            int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
            if (section == null || sep <= 0) {
                lastKey = null;
                continue;
            }
            lastKey = stripped.substring(0, sep).strip().toLowerCase(Locale.ROOT);
            section.put(lastKey, stripped.substring(sep + 1).strip());
        }
        return new IniDocument(sections);
    }

    public boolean hasSection(String name) {
        return sections.containsKey(name);
    }

    /** The value of an option (continuation lines joined with newlines). */
    public Optional<String> value(String section, String option) {
        Map<String, String> options = sections.get(section);
        return options == null ? Optional.empty() : Optional.ofNullable(options.get(option.toLowerCase(Locale.ROOT)));
    }

    public Map<String, String> section(String name) {
        return sections.getOrDefault(name, Map.of());
    }
}
