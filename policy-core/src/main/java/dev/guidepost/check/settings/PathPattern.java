package dev.guidepost.check.settings;

import dev.guidepost.policy.Glob;
import java.util.Optional;

/**
 * The path of a {@code Read(…)} or {@code Edit(…)} rule, with gitignore semantics and Claude
 * Code's four anchors: {@code //abs} (filesystem root), {@code ~/p} (home folder), {@code /p}
 * (the project folder holding the settings file's {@code .claude/}), and {@code p} or {@code ./p}
 * (the working folder, which Guidepost takes to be the project folder). A pattern without a
 * slash matches a name at any depth below its anchor.
 */
public final class PathPattern {

    /** The anchor kinds. */
    public enum Anchor { FILESYSTEM, HOME, PROJECT, WORKING_FOLDER }

    private final String text;
    private final Anchor anchor;
    private final Glob glob;

    private PathPattern(String text, Anchor anchor, Glob glob) {
        this.text = text;
        this.anchor = anchor;
        this.glob = glob;
    }

    /** Compiles {@code specifier}, or explains why it is no valid path pattern. */
    public static PathPattern compile(String specifier) throws IllegalArgumentException {
        String t = specifier.trim();
        Anchor anchor;
        String body;
        if (t.startsWith("//")) {
            anchor = Anchor.FILESYSTEM;
            body = t.substring(1);
        } else if (t.startsWith("~/")) {
            anchor = Anchor.HOME;
            body = t.substring(1);
        } else if (t.startsWith("/")) {
            anchor = Anchor.PROJECT;
            body = t;
        } else {
            anchor = Anchor.WORKING_FOLDER;
            body = t.startsWith("./") ? t.substring(1) : t;
        }
        if (body.equals("/") || body.isEmpty()) {
            body = "/**";
        }
        return new PathPattern(specifier, anchor, Glob.compile(body));
    }

    /** The error message when {@code specifier} is no valid path pattern. */
    public static Optional<String> problem(String specifier) {
        try {
            compile(specifier);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The anchor of this pattern. */
    public Anchor anchor() {
        return anchor;
    }

    /** Does the pattern cover {@code path} (absolute or relative to the project folder)? */
    public boolean matches(String path, PathContext context) {
        String absolute = context.absolute(path);
        String base = switch (anchor) {
            case FILESYSTEM -> "";
            case HOME -> PathContext.normalise(context.home());
            case PROJECT, WORKING_FOLDER -> PathContext.normalise(context.projectRoot());
        };
        if (base.equals("/")) {
            base = "";
        }
        if (!base.isEmpty() && !absolute.startsWith(base + "/")) {
            return false;
        }
        String relative = absolute.substring(base.length() + 1);
        return !relative.isEmpty() && glob.matches(relative);
    }

    @Override
    public String toString() {
        return text;
    }
}
