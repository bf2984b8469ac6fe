package dev.guidepost.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.aether.DefaultSessionData;
import org.junit.jupiter.api.Test;

class RepositoryClaimsTest {

    @Test
    void theFirstModuleClaimsARootAndLaterOnesLearnWhoDid() {
        RepositoryClaims claims = new RepositoryClaims(new DefaultSessionData());

        assertThat(claims.claim(Path.of("/repo"), "g:root:pom:1")).isEmpty();
        assertThat(claims.claim(Path.of("/repo/./api/.."), "g:api:pom:1")).contains("g:root:pom:1");
        assertThat(claims.claim(Path.of("/other"), "g:api:pom:1")).isEmpty();
    }

    @Test
    void exactlyOneOfManyParallelModulesWinsARoot() throws Exception {
        RepositoryClaims claims = new RepositoryClaims(new DefaultSessionData());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<String>>> modules = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String id = "g:m" + i + ":jar:1";
                modules.add(() -> claims.claim(Path.of("/repo"), id));
            }
            long winners = 0;
            for (Future<Optional<String>> result : pool.invokeAll(modules)) {
                winners += result.get().isEmpty() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
