package dev.guidepost.check.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.engine.Parser;
import dev.guidepost.engine.WorkerState;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.policy.PathSelector;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import dev.guidepost.workspace.WorkspaceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private DocumentLoader.Result load(int depth, String... roots) throws IOException {
        Workspace workspace = WorkspaceScanner.scan(root);
        List<WorkspaceFile> files = new ArrayList<>();
        for (String path : roots) {
            files.add(workspace.file(path).orElseThrow());
        }
        return new DocumentLoader(new Subject(workspace), true, depth).load(files);
    }

    @Test
    void resolvesImportsRelativeToTheImportingFile() throws IOException {
        write("backend/CLAUDE.md", "@docs/db.md\n");
        write("backend/docs/db.md", "## Database\n@../../shared/rules.md\n");
        write("shared/rules.md", "## Rules\n");
        DocumentLoader.Result result = load(5, "backend/CLAUDE.md");
        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).extracting(d -> d.document().path())
                .containsExactly("backend/CLAUDE.md", "backend/docs/db.md", "shared/rules.md");
        assertThat(result.documents()).extracting(LoadedDocument::depth).containsExactly(0, 1, 2);
    }

    @Test
    void reportsMissingFilesFoldersAndPathsLeavingTheRepository() throws IOException {
        write("CLAUDE.md", "@missing.md\n@docs/\n@../etc/passwd.txt\n@/etc/hosts.txt\n@~/.claude/mine.md\n");
        write("docs/x.md", "x\n");
        DocumentLoader.Result result = load(5, "CLAUDE.md");
        assertThat(result.problems()).extracting(p -> p.anImport().line()).containsExactly(1, 2, 3, 4);
        assertThat(result.problems().get(0).message()).contains("does not exist");
        assertThat(result.problems().get(1).message()).contains("folder");
        assertThat(result.problems().get(2).message()).contains("outside the repository");
        assertThat(result.problems().get(3).message()).contains("absolute");
    }

    @Test
    void reportsACycleOnceAtTheImportThatClosesIt() throws IOException {
        write("CLAUDE.md", "@a.md\n");
        write("a.md", "@b.md\n");
        write("b.md", "text\n@a.md\n");
        DocumentLoader.Result result = load(5, "CLAUDE.md");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("b.md");
            assertThat(p.anImport().line()).isEqualTo(2);
            assertThat(p.message()).contains("a.md -> b.md -> a.md");
        });
        assertThat(result.documents()).hasSize(3);
    }

    @Test
    void stopsBeyondTheMaximumDepth() throws IOException {
        write("CLAUDE.md", "@1.md\n");
        write("1.md", "@2.md\n");
        write("2.md", "@3.md\n");
        write("3.md", "end\n");
        DocumentLoader.Result result = load(2, "CLAUDE.md");
        assertThat(result.documents()).extracting(d -> d.document().path()).containsExactly("CLAUDE.md", "1.md", "2.md");
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("2.md"));
    }

    @Test
    void importedFileThatGitIgnoresCountsAsResolved() throws IOException {
        write(".gitignore", "private.md\n");
        write("CLAUDE.md", "@private.md\n");
        write("private.md", "secret\n");
        assertThat(load(5, "CLAUDE.md").problems()).isEmpty();
    }

    @Test
    void chainRunsFromTheRootToTheFolderNearestLast() throws IOException {
        write("CLAUDE.md", "root\n");
        write("backend/.claude/CLAUDE.md", "team\n");
        write("backend/CLAUDE.md", "backend\n");
        write("backend/api/CLAUDE.local.md", "mine\n");
        write("frontend/CLAUDE.md", "other\n");
        Workspace workspace = WorkspaceScanner.scan(root);
        assertThat(InstructionFiles.chain(workspace, "backend/api")).extracting(WorkspaceFile::path).containsExactly(
                "CLAUDE.md", "backend/.claude/CLAUDE.md", "backend/CLAUDE.md", "backend/api/CLAUDE.local.md");
    }

    /** The engine's workspace subject reduced to what the loader uses. */
    private record Subject(Workspace workspace) implements WorkspaceSubject {
        @Override
        public PathSelector selector() {
            return PathSelector.all();
        }

        @Override
        public Optional<String> text(WorkspaceFile file) {
            try {
                return Optional.of(Files.readString(file.absolutePath()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public <T> Optional<T> parsed(WorkspaceFile file, Parser<T> parser) {
            return text(file).map(t -> parser.parse(file, t, null));
        }

        @Override
        public WorkerState worker() {
            return new WorkerState() {
                @Override
                public <T extends AutoCloseable> T get(Object key, Supplier<T> factory) {
                    return factory.get();
                }
            };
        }

        @Override
        public void note(String path, String message) {
        }
    }
}
