package dev.guidepost.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.GuidepostException;
import dev.guidepost.engine.FileResults;
import dev.guidepost.workspace.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache opened on another thread answers as the cache itself, once open, and fails as opening it failed. */
class OpeningCacheTest {

    @TempDir
    Path cacheFolder;
    @TempDir
    Path repo;

    @Test
    void aQuestionWaitsUntilTheCacheIsOpenThenItAnswersAsTheCache() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        OpeningCache opening = OpeningCache.start(() -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ResultCache.open(cacheFolder, repo, "policy", "build");
        });
        WorkspaceFile file = new WorkspaceFile("a.py", repo.resolve("a.py"), "python", 9, 1_000_000_000L);
        byte[] content = "print(1)\n".getBytes(StandardCharsets.UTF_8);
        // asked while the cache is still opening: the question waits (it neither answers nor fails)
        CompletableFuture<byte[]> asked = CompletableFuture.supplyAsync(() -> opening.hash(content));
        assertThatThrownBy(() -> asked.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        released.countDown();
        byte[] hash = asked.get(10, TimeUnit.SECONDS);
        assertThat(opening.byContent(file, hash)).isEmpty();
        FileResults.Recorded recorded = new FileResults.Recorded(List.of(), List.of("a note"), false);
        opening.record(file, hash, recorded);
        opening.cache().save(Set.of("a.py"));

        ResultCache reopened = ResultCache.open(cacheFolder, repo, "policy", "build");
        assertThat(reopened.byContent(file, reopened.hash(content))).contains(recorded);
        assertThat(opening.hash(content)).isEqualTo(hash);
    }

    @Test
    void aFailureToOpenIsThrownAsItWasThrown() {
        GuidepostException failure = new GuidepostException("cannot open the cache");
        OpeningCache opening = OpeningCache.start(() -> {
            throw failure;
        });
        WorkspaceFile file = new WorkspaceFile("a.py", repo.resolve("a.py"), "python", 1, 1);
        assertThatThrownBy(() -> opening.byStat(file)).isSameAs(failure);
        assertThatThrownBy(opening::cache).isSameAs(failure);
    }
}
