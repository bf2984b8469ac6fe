package dev.guidepost.check.markdown;

/**
 * A document of a unit's set.
 *
 * @param root index in the unit's root list of the file this document is (or is imported from);
 *     a higher index is nearer to the unit's folder
 * @param depth 0 for a root, 1 for its imports, and so on
 */
public record LoadedDocument(MarkdownDocument document, int root, int depth) {
}
