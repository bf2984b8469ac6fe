package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.report.Report;
import dev.guidepost.workspace.ChangedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedSinceTest {

    @TempDir
    Path repo;
    @TempDir
    Path outside;

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                .setSign(false).call();
    }

    @Test
    void checksOnlyFilesChangedSinceTheRevisionButAlwaysRunsWorkspaceRules() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            TestRepo.write(repo, "old.py", "print('old')\n");
            TestRepo.write(repo, "edited.py", "x = 1\n");
            TestRepo.write(repo, "gone.py", "print('gone')\n");
            TestRepo.write(repo, ".gitignore", "ignored.py\n");
            commit(git, "base");
            git.tag().setName("base").call();
            TestRepo.write(repo, "committed.py", "print('committed')\n");
            Files.delete(repo.resolve("gone.py"));
            commit(git, "second");
            TestRepo.write(repo, "edited.py", "print('edited')\n");
            TestRepo.write(repo, "untracked.py", "print('untracked')\n");
            TestRepo.write(repo, "ignored.py", "print('ignored')\n");

            assertThat(ChangedFiles.since(repo, "base"))
                    .containsExactlyInAnyOrder("committed.py", "edited.py", "untracked.py");
            Report report = TestRepo.guidepost().check(TestRepo.request(repo, outside).withChangedSince("base"));
            assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.location().path())
                    .containsExactly("test/root .", "test/no-print committed.py", "test/no-print edited.py",
                            "test/no-print untracked.py");
        }
    }

    @Test
    void comparesWithTheMergeBaseOfABranch() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            TestRepo.write(repo, "a.py", "x = 1\n");
            commit(git, "base");
            git.checkout().setCreateBranch(true).setName("feature").call();
            TestRepo.write(repo, "feature.py", "print('f')\n");
            commit(git, "feature work");
            git.checkout().setName("main").call();
            TestRepo.write(repo, "main-only.py", "print('m')\n");
            commit(git, "main moves on");
            git.checkout().setName("feature").call();

            assertThat(ChangedFiles.since(repo, "main")).containsExactly("feature.py");
        }
    }

    @Test
    void mapsPathsWhenTheCheckedRootIsASubfolder() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            TestRepo.write(repo, "README.md", "hi\n");
            commit(git, "base");
            TestRepo.write(repo, "backend/app.py", "print(1)\n");
            TestRepo.write(repo, "frontend/app.ts", "print(1)\n");
            assertThat(ChangedFiles.since(repo.resolve("backend"), "HEAD")).containsExactly("app.py");
        }
    }

    @Test
    void explainsAnUnknownRevisionAndAMissingRepository() throws Exception {
        assertThatThrownBy(() -> ChangedFiles.since(repo, "main")).isInstanceOf(GuidepostException.class)
                .hasMessageContaining("needs a git repository");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            TestRepo.write(repo, "a.py", "x\n");
            commit(git, "base");
            assertThatThrownBy(() -> ChangedFiles.since(repo, "no-such-rev")).isInstanceOf(GuidepostException.class)
                    .hasMessageContaining("unknown git revision 'no-such-rev'");
        }
    }
}
