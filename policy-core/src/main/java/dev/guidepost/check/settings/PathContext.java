package dev.guidepost.check.settings;

/**
 * Where relative paths of file rules and tool uses are anchored: the project folder (Claude
 * Code's working folder, which also holds {@code .claude/}) and the user's home folder. Both are
 * absolute, '/'-separated, without a trailing slash.
 */
public record PathContext(String projectRoot, String home) {

    /** A neutral context for checks that do not know the real folders. */
    public static final PathContext DEFAULT = new PathContext("/project", "/home/user");

    /** {@code path} made absolute and normalised ({@code ./} and {@code ..} resolved). */
    public String absolute(String path) {
        String p = path.trim();
        String full;
        if (p.startsWith("//")) {
            full = p.substring(1);
        } else if (p.startsWith("/")) {
            full = p;
        } else if (p.equals("~") || p.startsWith("~/")) {
            full = home + p.substring(1);
        } else {
            full = projectRoot + "/" + p;
        }
        return normalise(full);
    }

    static String normalise(String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
