package dev.guidepost.check.settings.doctor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the installed Claude Code's {@code claude doctor} on one settings file, offline, with a
 * throw-away HOME so that no user settings take part, and returns the lines of its "Invalid
 * settings" section. The binary is {@code -Dguidepost.claude=PATH}, else {@code GUIDEPOST_CLAUDE},
 * else {@code claude} on the PATH.
 */
final class ClaudeDoctor {

    /** The name the settings file is shown under in recorded verdicts. */
    static final String SHOWN_AS = "settings.json";

    private final Path binary;

    private ClaudeDoctor(Path binary) {
        this.binary = binary;
    }

    /** The installed binary, if one is found; {@code where} tells where it was looked for. */
    static Optional<ClaudeDoctor> find() {
        String configured = System.getProperty("guidepost.claude", System.getenv("GUIDEPOST_CLAUDE"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(new ClaudeDoctor(path)) : Optional.empty();
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "claude");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new ClaudeDoctor(candidate));
            }
        }
        return Optional.empty();
    }

    static String where() {
        return "-Dguidepost.claude=PATH, the GUIDEPOST_CLAUDE environment variable, or 'claude' on the PATH";
    }

    /** {@code claude --version}'s version number. */
    String version() throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("guidepost-claude-home");
        try {
            String out = run(List.of(binary.toString(), "--version"), home, home);
            return out.strip().split("\\s+")[0];
        } finally {
            delete(home);
        }
    }

    /** The "Invalid settings" lines for {@code text} as {@code .claude/settings.json}, file shown as {@link #SHOWN_AS}. */
    List<String> invalidSettings(String text) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("guidepost-claude-home");
        Path folder = Files.createTempDirectory("guidepost-claude-case");
        try {
            Files.createDirectories(folder.resolve(".claude"));
            Path settings = folder.resolve(".claude/settings.json");
            Files.writeString(settings, text, StandardCharsets.UTF_8);
            String out = run(List.of(binary.toString(), "doctor"), folder, home);
            return section(out, settings.toString());
        } finally {
            delete(folder);
            delete(home);
        }
    }

    /** The bullets of the "Invalid settings" section of doctor's output, first lines only. */
    static List<String> section(String output, String file) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : output.split("\n", -1)) {
            if (line.equals("Invalid settings")) {
                inside = true;
            } else if (inside && line.isBlank()) {
                break;
            } else if (inside && line.startsWith("- ")) {
                lines.add(line.substring(2).replace(file, SHOWN_AS));
            }
        }
        return lines;
    }

    private static String run(List<String> command, Path folder, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("USERPROFILE", home.toString());
        builder.environment().put("DISABLE_AUTOUPDATER", "1");
        builder.environment().put("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("claude did not finish within 120 s: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
