package dev.guidepost.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void listsEveryFileInTheOrderOfItsNameWhateverTheName() throws IOException {
        // plain ASCII folders are listed in one call, others (a '?', non-ASCII) through a directory stream
        write("plain/b.py", "");
        write("plain/B.py", "");
        write("plain/a-1.py", "");
        write("plain/a.py", "");
        write("asked/what?.py", "");
        write("asked/a.py", "");
        write("accents/caf\u00e9.py", "");
        write("accents/cafe.py", "");
        Workspace workspace = WorkspaceScanner.scan(root);
        assertThat(workspace.files()).extracting(WorkspaceFile::path).containsExactly("accents/cafe.py",
                "accents/caf\u00e9.py", "asked/a.py", "asked/what?.py", "plain/B.py", "plain/a-1.py", "plain/a.py",
                "plain/b.py");
        assertThat(workspace.files()).allSatisfy(file -> assertThat(file.absolutePath()).isRegularFile());
    }

    @Test
    void honoursGitignoreAtEveryLevelWithNegation() throws IOException {
        write(".gitignore", "*.log\nbuild/\n");
        write("app.log", "");
        write("build/out.py", "");
        write("src/main.py", "");
        write("src/.gitignore", "generated_*.py\n!generated_keep.py\n");
        write("src/generated_a.py", "");
        write("src/generated_keep.py", "");
        write("src/deep/x.log", "");
        Workspace workspace = WorkspaceScanner.scan(root);
        assertThat(workspace.files()).extracting(WorkspaceFile::path)
                .containsExactly(".gitignore", "src/.gitignore", "src/generated_keep.py", "src/main.py");
    }

    @Test
    void readsClaudeInstructionFilesEvenWhenIgnoredButNotInsideIgnoredFolders() throws IOException {
        write(".gitignore", "/CLAUDE.md\nCLAUDE.local.md\nnotes.md\nbuild/\n");
        write("CLAUDE.md", "# committed, listed in .gitignore");
        write("CLAUDE.local.md", "# personal");
        write("api/CLAUDE.local.md", "# personal");
        write("notes.md", "");
        write("build/CLAUDE.md", "");
        Workspace workspace = WorkspaceScanner.scan(root);
        assertThat(workspace.files()).extracting(WorkspaceFile::path)
                .containsExactly(".gitignore", "CLAUDE.local.md", "CLAUDE.md", "api/CLAUDE.local.md");
    }

    @Test
    void honoursGitInfoExcludeAndSkipsVcsAndDependencyFolders() throws IOException {
        write(".git/info/exclude", "secret.py\n");
        write(".git/config", "");
        write("secret.py", "");
        write("node_modules/lib/index.js", "");
        write("web/node_modules/x.js", "");
        write(".venv/lib/site.py", "");
        write("web/app.ts", "");
        Workspace workspace = WorkspaceScanner.scan(root);
        assertThat(workspace.files()).extracting(WorkspaceFile::path).containsExactly("web/app.ts");
    }

    @Test
    void keepsClaudeFoldersAndClassifiesLanguages() throws IOException {
        write(".claude/settings.json", "{}");
        write("CLAUDE.md", "# x");
        write("a.py", "");
        write("b.tsx", "");
        write("c.unknown", "");
        Workspace workspace = WorkspaceScanner.scan(root);
        assertThat(workspace.files()).extracting(f -> f.path() + "=" + f.language())
                .containsExactly(".claude/settings.json=json", "CLAUDE.md=markdown", "a.py=python", "b.tsx=tsx",
                        "c.unknown=");
        assertThat(workspace.isDirectory(".claude")).isTrue();
    }

    @Test
    void findsProjectsAndAttributesFilesToTheInnermost() throws IOException {
        write("pom.xml", "");
        write("backend/manage.py", "");
        write("backend/apps/users/apps.py", "");
        write("backend/apps/users/models.py", "");
        write("frontend/package.json", "{}");
        Workspace workspace = WorkspaceScanner.scan(root);
        assertThat(workspace.projects()).extracting(p -> p.kind().label() + "@" + p.displayPath())
                .containsExactly("maven@.", "django-project@backend", "django-app@backend/apps/users", "node@frontend");
        assertThat(workspace.projectOf("backend/apps/users/models.py")).map(Project::path).contains("backend");
        assertThat(workspace.projectOf("frontend/src/a.ts")).map(Project::path).contains("frontend");
        assertThat(workspace.projectOf("README.md")).map(Project::path).contains("");
        assertThat(workspace.enclosing("backend/apps/users/models.py", ProjectKind.DJANGO_APP))
                .map(Project::name).contains("users");
    }

    @Test
    void neverFollowsLinksOutOfTheRoot() throws IOException {
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("leak.py"), "print(1)");
        write("inside.py", "");
        Files.createSymbolicLink(root.resolve("linked-dir"), outside);
        Files.createSymbolicLink(root.resolve("leak.py"), outside.resolve("leak.py"));
        Files.createSymbolicLink(root.resolve("alias.py"), root.resolve("inside.py"));
        Workspace workspace = WorkspaceScanner.scan(root);
        assertThat(workspace.files()).extracting(WorkspaceFile::path).containsExactly("alias.py", "inside.py");
    }
}
