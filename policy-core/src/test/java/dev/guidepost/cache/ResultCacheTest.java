package dev.guidepost.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.engine.FileResults;
import dev.guidepost.report.Location;
import dev.guidepost.report.Report;
import dev.guidepost.workspace.WorkspaceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache gives the same report as a fresh run, and never a stale one. */
class ResultCacheTest {

    private static final String POLICY = TestPolicies.policy("cache-test");
    private static final String PACK = TestPolicies.PACK;

    @TempDir
    Path repo;
    @TempDir
    Path policyFolder;
    @TempDir
    Path cacheFolder;

    private final Guidepost guidepost = Guidepost.standard();

    private CheckRequest request() throws Exception {
        if (!Files.exists(policyFolder.resolve("policy.yaml"))) {
            Files.writeString(policyFolder.resolve("policy.yaml"), POLICY);
            Files.writeString(policyFolder.resolve("pack.yaml"), PACK);
        }
        return CheckRequest.of(repo).withPolicy(policyFolder.resolve("policy.yaml").toString()).withThreads(2)
                .withCache(cacheFolder);
    }

    private List<String> findings(CheckRequest request) {
        Report report = guidepost.check(request);
        return report.findings().stream()
                .map(f -> f.ruleId() + " " + f.location().path() + ":" + f.location().startLine() + " " + f.message())
                .toList();
    }

    private void write(String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aRerunGivesTheSameReportAsAFreshRun() throws Exception {
        write("app/a.py", "print(1)\neval(x)\n");
        write("app/b.py", "x = 1\n");
        List<String> first = findings(request());
        assertThat(first).containsExactly("t/no-print app/a.py:1 print call", "t/no-eval app/a.py:2 eval call");
        try (var files = Files.list(cacheFolder.resolve("results"))) {
            assertThat(files.count()).isEqualTo(1);
        }
        assertThat(findings(request())).isEqualTo(first);
        assertThat(findings(request().withCache(null))).isEqualTo(first);
    }

    @Test
    void aChangedFileIsCheckedAgainEvenWithItsOldSizeAndTime() throws Exception {
        write("a.py", "print(1)\n");
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(repo.resolve("a.py"), old);
        assertThat(findings(request())).containsExactly("t/no-print a.py:1 print call");
        write("a.py", "eval(1)\n");
        Files.setLastModifiedTime(repo.resolve("a.py"), FileTime.from(Instant.now().minusSeconds(1800)));
        assertThat(findings(request())).containsExactly("t/no-eval a.py:1 eval call");
    }

    @Test
    void aChangeToThePolicyOrToAnImportedPackGivesNewResults() throws Exception {
        write("a.py", "print(1)\neval(2)\n");
        assertThat(findings(request())).hasSize(2);
        Files.writeString(policyFolder.resolve("policy.yaml"), POLICY.replace("print call", "no print here"));
        assertThat(findings(request())).contains("t/no-print a.py:1 no print here");
        Files.writeString(policyFolder.resolve("pack.yaml"), PACK.replace("eval($X)", "print($X)"));
        assertThat(findings(request())).containsExactlyInAnyOrder("t/no-print a.py:1 no print here",
                "t/no-eval a.py:1 eval call");
    }

    @Test
    void resultsOfAnotherBuildOrPolicyAreNeverUsed() throws Exception {
        Path file = repo.resolve("a.py");
        Files.writeString(file, "print(1)\n");
        long modified = Instant.now().minusSeconds(3600).getEpochSecond() * 1_000_000_000L;
        WorkspaceFile workspaceFile = new WorkspaceFile("a.py", file, "python", Files.size(file), modified);
        ResultCache cache = ResultCache.open(cacheFolder, repo, "policy-1", "1.0+build-1");
        FileResults.Recorded recorded = new FileResults.Recorded(
                List.of(new FileResults.Call("t/x", Location.at("a.py", 1, 1), null, null, null, null,
                        java.util.Map.of("commands", List.of("a", "b")))), List.of(), false);
        cache.record(workspaceFile, cache.hash(Files.readAllBytes(file)), recorded);
        assertThat(cache.save(Set.of("a.py"))).isTrue();

        assertThat(ResultCache.open(cacheFolder, repo, "policy-1", "1.0+build-1").byStat(workspaceFile))
                .contains(recorded);
        assertThat(ResultCache.open(cacheFolder, repo, "policy-1", "1.0+build-2").byStat(workspaceFile)).isEmpty();
        assertThat(ResultCache.open(cacheFolder, repo, "policy-2", "1.0+build-1").byStat(workspaceFile)).isEmpty();
        WorkspaceFile touched = new WorkspaceFile("a.py", file, "python", Files.size(file), modified + 1);
        ResultCache again = ResultCache.open(cacheFolder, repo, "policy-1", "1.0+build-1");
        assertThat(again.byStat(touched)).isEmpty();
        assertThat(again.byContent(touched, again.hash(Files.readAllBytes(file)))).contains(recorded);
        assertThat(again.byContent(touched, again.hash("other".getBytes()))).isEmpty();
    }

    @Test
    void eachCacheFileHashesUnderItsOwnKeptKey(@TempDir Path otherRepo) throws Exception {
        byte[] content = "print(1)\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ResultCache first = ResultCache.open(cacheFolder, repo, "policy-1", "1.0+build-1");
        ResultCache other = ResultCache.open(cacheFolder, otherRepo, "policy-1", "1.0+build-1");
        assertThat(first.hash(content)).hasSize(ContentHash.HASH_BYTES).isNotEqualTo(other.hash(content));
        // unsaved, the key is drawn again; saved, the file keeps it
        assertThat(ResultCache.open(cacheFolder, repo, "policy-1", "1.0+build-1").hash(content))
                .isNotEqualTo(first.hash(content));
        assertThat(first.save(Set.of())).isTrue();
        assertThat(ResultCache.open(cacheFolder, repo, "policy-1", "1.0+build-1").hash(content))
                .isEqualTo(first.hash(content));
    }

    @Test
    void aDamagedCacheFileIsIgnored() throws Exception {
        write("a.py", "print(1)\n");
        List<String> first = findings(request());
        try (var files = Files.list(cacheFolder.resolve("results"))) {
            Path cacheFile = files.findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(cacheFile);
            Files.write(cacheFile, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        assertThat(findings(request())).isEqualTo(first);
    }

    @Test
    void runsSharingTheCacheAtTheSameTimeEachGiveTheRightReport() throws Exception {
        for (int i = 0; i < 40; i++) {
            write("m" + i + ".py", i % 2 == 0 ? "print(" + i + ")\n" : "x = " + i + "\n");
        }
        List<String> expected = findings(request().withCache(null));
        assertThat(expected).hasSize(20);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                CheckRequest request = request();
                runs.add(pool.submit(() -> findings(request)));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(findings(request())).isEqualTo(expected);
    }

    @Test
    void theUserCacheFolderFollowsThePlatform() {
        assertThat(CacheDirectory.resolve(null, java.util.Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/guidepost"));
        assertThat(CacheDirectory.resolve(null, java.util.Map.of("XDG_CACHE_HOME", "/x"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/guidepost"));
        assertThat(CacheDirectory.resolve(null, java.util.Map.of("GUIDEPOST_CACHE_DIR", "/g"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/g"));
        assertThat(CacheDirectory.resolve("/p", java.util.Map.of("GUIDEPOST_CACHE_DIR", "/g"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/p"));
        assertThat(CacheDirectory.resolve(null, java.util.Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Caches/guidepost"));
        assertThat(Optional.of(CacheDirectory.resolve(null, java.util.Map.of("LOCALAPPDATA", "C:/L"), "Windows 11", "C:/U")))
                .contains(Path.of("C:/L", "guidepost", "cache"));
    }
}
