package com.example.policyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the tool as a user would, on Guidepost's own samples. */
class PolicyAuditTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PolicyAudit.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void reportsTheErrorsOfTheBrokenSampleWithTheirLines() {
        assertEquals(1, run("../django-broken"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("apps/payments/models.py:26:5: print() call in shipped code"), text);
        assertTrue(text.contains("    |     print("), text);
        assertTrue(text.contains("\tdjango/no-print\t"), text);
        assertTrue(text.contains("(builtin:django)"), text);
        assertTrue(text.contains("SARIF report: "), text);
    }

    @Test
    void aCleanRepositoryExitsWithZero() {
        assertEquals(0, run("../django-clean"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("0 findings, 0 errors"));
    }

    @Test
    void policyMistakesComeBackWithTheirPlaces(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "guidepost: 1\nname: x\nrules:\n  - id: Bad Id\n");
        assertEquals(2, run("../django-clean", policy.toString()));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("policy.yaml:4:"), text);
    }
}
