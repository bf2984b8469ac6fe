package dev.guidepost.check.settings;

import dev.guidepost.report.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A folder Claude Code can be started in, with the settings files of its own {@code .claude/}
 * folder ({@code settings.json}, then {@code settings.local.json}; either may be missing).
 *
 * @param folder the folder relative to the repository root ("" for the root)
 */
public record SettingsFolder(String folder, List<SettingsDocument> documents) {

    public SettingsFolder {
        documents = List.copyOf(documents);
    }

    /** The path of {@code .claude/<name>} in {@code folder}. */
    public static String settingsPath(String folder, String name) {
        return (folder.isEmpty() ? "" : folder + "/") + ".claude/" + name;
    }

    /**
     * Reads the settings files of {@code directory}'s own {@code .claude/} folder from disk,
     * naming them {@code <shownAs>/.claude/<name>} ({@code shownAs} "" for bare names).
     *
     * @throws java.io.UncheckedIOException when a file exists but cannot be read
     */
    public static SettingsFolder read(java.nio.file.Path directory, String shownAs) {
        List<SettingsDocument> documents = new ArrayList<>();
        for (String name : SettingsWorkspace.FILE_NAMES) {
            java.nio.file.Path file = directory.resolve(".claude").resolve(name);
            if (java.nio.file.Files.isRegularFile(file)) {
                documents.add(SettingsDocument.read(file, settingsPath(shownAs, name), SettingsScope.ofFileName(name)));
            }
        }
        return new SettingsFolder(shownAs, documents);
    }

    /** The folder as shown in reports: "." for the root. */
    public String displayPath() {
        return folder.isEmpty() ? "." : folder;
    }

    /**
     * The permission rules Claude Code started here would use: this folder's files over
     * {@code user}, leaving out every file Claude Code ignores whole.
     */
    public PermissionSet permissions(Optional<SettingsDocument> user, PathContext context) {
        return permissions(user, context, true);
    }

    /**
     * As {@link #permissions(Optional, PathContext)}, for a workspace whose trust dialog has been
     * accepted ({@code trusted}) or not: until it is, Claude Code ignores the allow rules of the
     * project's own files (deny and ask rules apply either way).
     */
    public PermissionSet permissions(Optional<SettingsDocument> user, PathContext context, boolean trusted) {
        List<FileRules> files = new ArrayList<>();
        user.ifPresent(u -> rulesInEffect(u).ifPresent(files::add));
        for (SettingsDocument document : documents) {
            rulesInEffect(document).map(rules -> trusted ? rules : withoutAllowRules(rules)).ifPresent(files::add);
        }
        return PermissionSet.of(files, context);
    }

    /** How many allow rules of this folder's own files Claude Code loads once the workspace is trusted. */
    public int projectAllowRules() {
        int count = 0;
        for (SettingsDocument document : documents) {
            count += rulesInEffect(document).map(rules -> (int) rules.entries().stream()
                    .filter(entry -> entry.behavior() == Behavior.ALLOW).count()).orElse(0);
        }
        return count;
    }

    private static FileRules withoutAllowRules(FileRules rules) {
        return new FileRules(rules.file(), rules.scope(), rules.entries().stream()
                .filter(entry -> entry.behavior() != Behavior.ALLOW).toList(), rules.problems());
    }

    /** The rules of a document Claude Code loads; empty when it ignores the whole file. */
    public static Optional<FileRules> rulesInEffect(SettingsDocument document) {
        return document.loaded() ? rulesOf(document) : Optional.empty();
    }

    /** The rules of a document as written; empty when it is malformed JSON. */
    public static Optional<FileRules> rulesOf(SettingsDocument document) {
        return document.parse().value().map(v -> PermissionEntries.standard().read(document.path(), document.scope(), v));
    }

    /**
     * Where a finding about a missing {@code behavior} rule goes: the first file of this folder
     * that has a {@code permissions.<behavior>} array (at its opening bracket), else the line of
     * the first {@code permissions} key, else line 1 of the first file, else the folder itself.
     */
    public Location placement(Behavior behavior) {
        for (SettingsDocument document : documents) {
            Optional<JsonValue> list = permissions(document).map(JsonValue.Member::value)
                    .filter(JsonValue.JsonObject.class::isInstance).map(JsonValue.JsonObject.class::cast)
                    .flatMap(p -> p.get(behavior.key()))
                    .filter(JsonValue.JsonArray.class::isInstance);
            if (list.isPresent()) {
                return document.span(list.get().line(), list.get().column());
            }
        }
        for (SettingsDocument document : documents) {
            Optional<JsonValue.Member> key = permissions(document);
            if (key.isPresent()) {
                return Location.line(document.path(), key.get().line());
            }
        }
        return documents.isEmpty() ? Location.file(displayPath()) : Location.line(documents.get(0).path(), 1);
    }

    private static Optional<JsonValue.Member> permissions(SettingsDocument document) {
        return document.parse().value()
                .filter(JsonValue.JsonObject.class::isInstance).map(JsonValue.JsonObject.class::cast)
                .flatMap(o -> o.member("permissions"));
    }
}
