package dev.guidepost.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

    @TempDir
    Path temp;

    @Test
    void walksUpToTheFolderHoldingGit() throws Exception {
        Path module = Files.createDirectories(temp.resolve("repo/backend/api"));
        Files.createDirectories(temp.resolve("repo/.git"));

        assertThat(RepositoryRoot.of(module, module)).isEqualTo(temp.resolve("repo"));
    }

    @Test
    void acceptsAGitFileAsInWorktreesAndSubmodules() throws Exception {
        Path module = Files.createDirectories(temp.resolve("repo/backend"));
        Files.writeString(temp.resolve("repo/.git"), "gitdir: /elsewhere/.git/worktrees/repo\n");

        assertThat(RepositoryRoot.of(module, module)).isEqualTo(temp.resolve("repo"));
    }

    @Test
    void stopsAtTheNearestRepository() throws Exception {
        Path module = Files.createDirectories(temp.resolve("outer/inner/module"));
        Files.createDirectories(temp.resolve("outer/.git"));
        Files.createDirectories(temp.resolve("outer/inner/.git"));

        assertThat(RepositoryRoot.of(module, module)).isEqualTo(temp.resolve("outer/inner"));
    }

    @Test
    void fallsBackToTheExecutionRootOutsideAnyRepository() throws Exception {
        Path top = Files.createDirectories(temp.resolve("build"));
        Path module = Files.createDirectories(top.resolve("child"));

        for (Path dir = temp; dir != null; dir = dir.getParent()) {
            assumeFalse(Files.exists(dir.resolve(".git")), "the temporary folder lies inside a repository");
        }

        assertThat(RepositoryRoot.of(module, top.resolve("child/.."))).isEqualTo(top);
    }
}
