package dev.guidepost.check.markdown;

import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the documents of one unit: its root files and, when asked, what they import, following
 * {@code @path} imports depth first as Claude Code does (relative to the importing file, at most
 * {@code maxDepth} hops). Never reads a file outside the repository; {@code @~/} imports name the
 * user's home and are left alone. Each file is parsed once per run through the subject.
 */
public final class DocumentLoader {

    private final WorkspaceSubject subject;
    private final boolean followImports;
    private final int maxDepth;

    public DocumentLoader(WorkspaceSubject subject, boolean followImports, int maxDepth) {
        this.subject = subject;
        this.followImports = followImports;
        this.maxDepth = maxDepth;
    }

    /** The documents of a unit and the problems of the imports met on the way. */
    public record Result(List<LoadedDocument> documents, List<ImportProblem> problems) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    /** Loads {@code roots} (root of the repository first, nearest last) and their imports. */
    public Result load(List<WorkspaceFile> roots) {
        Walk walk = new Walk();
        for (int i = 0; i < roots.size(); i++) {
            walk.visit(roots.get(i), i, 0);
        }
        return new Result(walk.documents, walk.problems);
    }

    private final class Walk {
        final List<LoadedDocument> documents = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final Set<String> added = new HashSet<>();
        final Map<String, Integer> expandedAt = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> reported = new HashSet<>();

        void visit(WorkspaceFile file, int root, int depth) {
            var parsed = subject.parsed(file, MarkdownDocument.PARSER);
            if (parsed.isEmpty()) {
                return;
            }
            MarkdownDocument document = parsed.get();
            if (added.add(file.path())) {
                documents.add(new LoadedDocument(document, root, depth));
            }
            if (!followImports || !isMarkdown(file)) {
                return;
            }
            Integer before = expandedAt.get(file.path());
            if (before != null && before <= depth) {
                return;
            }
            expandedAt.put(file.path(), depth);
            stack.push(file.path());
            for (Import anImport : document.imports()) {
                if (anImport.home()) {
                    continue;
                }
                Resolution resolution = resolve(subject.workspace(), file.directory(), anImport.target(),
                        subject::dependsOn);
                if (resolution.problem() != null) {
                    problem(file.path(), anImport, resolution.problem());
                } else if (resolution.file() != null) {
                    WorkspaceFile target = resolution.file();
                    if (stack.contains(target.path())) {
                        problem(file.path(), anImport, "import '@" + anImport.target() + "' closes a cycle: "
                                + cycle(target.path()) + "; Claude Code stops there, so break the loop");
                    } else if (depth + 1 > maxDepth) {
                        problem(file.path(), anImport, "import '@" + anImport.target() + "' is " + (depth + 1)
                                + " imports deep; Claude Code follows at most " + maxDepth
                                + ", so this file is never loaded");
                    } else {
                        visit(target, root, depth + 1);
                    }
                }
            }
            stack.pop();
        }

        private String cycle(String target) {
            List<String> path = new ArrayList<>();
            var it = stack.descendingIterator();
            boolean on = false;
            while (it.hasNext()) {
                String p = it.next();
                on |= p.equals(target);
                if (on) {
                    path.add(p);
                }
            }
            path.add(target);
            return String.join(" -> ", path);
        }

        private void problem(String path, Import anImport, String message) {
            if (reported.add(path + ":" + anImport.line() + ":" + anImport.column())) {
                problems.add(new ImportProblem(path, anImport, message));
            }
        }
    }

    private static boolean isMarkdown(WorkspaceFile file) {
        return "markdown".equals(file.language());
    }

    /** Where an import leads: a scanned file, a file that exists but was not scanned, or a problem. */
    record Resolution(WorkspaceFile file, String problem) {
    }

    /** Resolves {@code target} against {@code directory}, both relative to the repository root. */
    static Resolution resolve(Workspace workspace, String directory, String target,
            java.util.function.Consumer<Path> probed) {
        String shown = "import '@" + target + "'";
        if (target.startsWith("/")) {
            return new Resolution(null, shown + " is an absolute path: it points outside the repository, so it "
                    + "works on one machine only; use a path relative to this file");
        }
        Deque<String> parts = new ArrayDeque<>();
        if (!directory.isEmpty()) {
            for (String part : directory.split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return new Resolution(null, shown + " leads outside the repository; only files inside it "
                            + "are checked and shared with the team");
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        if (parts.isEmpty()) {
            return new Resolution(null, shown + " names the repository root, not a file");
        }
        String path = String.join("/", parts);
        var file = workspace.file(path);
        if (file.isPresent()) {
            return new Resolution(file.get(), null);
        }
        if (workspace.isDirectory(path)) {
            return new Resolution(null, shown + " names the folder '" + path + "'; an import must name a file");
        }
        Path root = workspace.root();
        Path absolute = root.resolve(path).normalize();
        if (absolute.startsWith(root)) {
            probed.accept(absolute); // the answer depends on a file the scan did not list
        }
        if (absolute.startsWith(root) && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Path real = absolute.toRealPath();
                if (!real.startsWith(root)) {
                    return new Resolution(null, shown + " is a link to a file outside the repository");
                }
                if (Files.isDirectory(real)) {
                    return new Resolution(null, shown + " names the folder '" + path + "'; an import must name a file");
                }
                return new Resolution(null, null);
            } catch (IOException e) {
                // an unreadable link is as good as missing
            }
        }
        return new Resolution(null, shown + " names '" + path + "', which does not exist; Claude Code skips it "
                + "without a word");
    }
}
