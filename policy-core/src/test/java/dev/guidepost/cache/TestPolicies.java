package dev.guidepost.cache;

/**
 * The policy the cache tests check with: one rule of its own and one from the pack it extends, so
 * that a change to either file must be seen.
 */
final class TestPolicies {

    /** The extended pack, written as {@code pack.yaml} next to the policy. */
    static final String PACK = """
            guidepost: 1
            name: pack
            rules:
              - id: t/no-eval
                target: source
                language: python
                match: { pattern: "eval($X)" }
                message: "eval call"
            """;

    private TestPolicies() {
    }

    /** A policy named {@code name} that extends {@code ./pack.yaml}. */
    static String policy(String name) {
        return """
                guidepost: 1
                name: %s
                extends: [./pack.yaml]
                rules:
                  - id: t/no-print
                    target: source
                    language: python
                    match: { pattern: "print($$$A)" }
                    message: "print call"
                """.formatted(name);
    }
}
