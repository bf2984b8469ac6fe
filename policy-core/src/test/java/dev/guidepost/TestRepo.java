package dev.guidepost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small repositories for tests, with a policy using the {@link WordCheck} targets. */
final class TestRepo {

    static final String POLICY = """
            guidepost: 1
            name: test
            rules:
              - id: test/no-print
                target: word
                severity: error
                message: print found
                fix: log instead
                word: "print("
              - id: test/no-todo
                target: word
                severity: info
                message: TODO found
                word: TODO
              - id: test/root
                target: root
                severity: warning
                message: the root
            """;

    private TestRepo() {
    }

    static Path write(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request for {@code root} with the test policy written outside it. */
    static CheckRequest request(Path root, Path policyFolder) {
        Path policy = write(policyFolder, "policy.yaml", POLICY);
        return CheckRequest.of(root).withPolicy(policy.toString()).withThreads(2);
    }

    static Guidepost guidepost() {
        return new Guidepost(WordCheck.registry());
    }
}
