package dev.guidepost.check.markdown;

/**
 * An {@code @path} import that Claude Code would not load as written.
 *
 * @param path the importing file
 * @param message what is wrong, naming the import
 */
public record ImportProblem(String path, Import anImport, String message) {
}
