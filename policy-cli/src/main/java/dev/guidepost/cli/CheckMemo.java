package dev.guidepost.cli;

import dev.guidepost.cache.CacheDirectory;
import dev.guidepost.cache.RunKey;
import dev.guidepost.cache.RunMemo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The run memo of {@code guidepost check} ({@link RunMemo}): the same command line, run again in the
 * same folder on an unchanged repository, prints and writes what it did the first time without
 * loading the policy or scanning. Answered before the command line is parsed, so a hit loads almost
 * none of Guidepost's classes.
 *
 * <p>The key is the command exactly as typed: Guidepost's build, the working folder, every argument,
 * whether standard output is a terminal and what decides colour ({@code NO_COLOR}, {@code TERM}), and
 * every {@code guidepost.*} system property. Commands that write files or compare with git
 * ({@code --fix}, {@code --changed-since}), {@code --no-cache}, help, version and argument files
 * ({@code @file}) never use it.
 */
final class CheckMemo {

    /** Set by the native replay when it starts java: where it looks for the launch index, and its key. */
    static final String INDEX_VARIABLE = "GUIDEPOST_REPLAY_INDEX";
    static final String KEY_VARIABLE = "GUIDEPOST_REPLAY_KEY";

    private static final Set<String> NEVER = Set.of("--no-cache", "--fix", "--diff", "--unsafe-fixes", "--hooks",
            "--help", "--version");

    private CheckMemo() {
    }

    /**
     * The memo key of a command line, when the memo may answer it. Plain loops, no lambdas: this runs
     * first thing in a fresh JVM.
     */
    static Optional<String> key(List<String> args, Path workingDirectory, boolean terminal, Map<String, String> env,
            Map<String, String> guidepostProperties) {
        if (args.isEmpty() || !args.get(0).equals("check") || guidepostProperties.containsKey(RunKey.PROFILE)) {
            return Optional.empty();
        }
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = equals > 0 && arg.startsWith("--") ? arg.substring(0, equals) : arg;
            if (NEVER.contains(name) || name.equals("--changed-since") || arg.startsWith("@") || helpOrVersion(arg)) {
                return Optional.empty();
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("terminal", String.valueOf(terminal));
        settings.put("NO_COLOR", String.valueOf(env.get("NO_COLOR") != null));
        settings.put("TERM", env.getOrDefault("TERM", ""));
        settings.putAll(new TreeMap<>(guidepostProperties));
        return Optional.of(RunKey.of("guidepost check", build(), workingDirectory, args, settings));
    }

    /**
     * The identity of this build: the shaded jar's {@code Implementation-Version} (version, '+', build
     * time; the class loader read it with the manifest when it loaded this class), else, when the
     * classes come from elsewhere or from a jar whose version names no build, the library's
     * {@link Guidepost#build()} (which reads a resource, ~5 ms in a fresh JVM).
     */
    static String build() {
        String jar = CheckMemo.class.getPackage().getImplementationVersion();
        return jar != null && jar.indexOf('+') > 0 ? jar : dev.guidepost.Guidepost.build();
    }

    /** A cluster of short options with -h or -V in it ({@code -qh}), which picocli reads as help or version. */
    private static boolean helpOrVersion(String arg) {
        if (arg.length() < 2 || arg.charAt(0) != '-' || arg.charAt(1) == '-') {
            return false;
        }
        for (int i = 1; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return arg.indexOf('h') > 0 || arg.indexOf('V') > 0;
    }

    /** The key of this process's command line (its working folder, terminal, environment and properties). */
    static Optional<String> key(List<String> args) {
        return key(args, Path.of("").toAbsolutePath(), System.console() != null, System.getenv(),
                RunKey.guidepostProperties());
    }

    /** The cache folder a command line uses: its {@code --cache-dir}, else the user's. */
    static Path cacheDirectory(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--cache-dir") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1)).toAbsolutePath();
            }
            if (arg.startsWith("--cache-dir=")) {
                return Path.of(arg.substring("--cache-dir=".length())).toAbsolutePath();
            }
        }
        return CacheDirectory.forUser();
    }

    /**
     * Writes the launch index that the native replay asked for ({@value #INDEX_VARIABLE} and
     * {@value #KEY_VARIABLE} in {@code env}, set when the launcher's guidepost-replay found no current
     * memo and started java), naming the memo of {@code key}: the next launch of the same command line
     * is then answered without a JVM while the memo's inputs stay as they are. Nothing when the
     * variables are not set (java started otherwise) or name no index the replay would read.
     */
    static void link(Path cacheDirectory, String key, Map<String, String> env) {
        String index = env.get(INDEX_VARIABLE);
        String launchKey = env.get(KEY_VARIABLE);
        if (index == null || launchKey == null) {
            return;
        }
        try {
            RunMemo.link(Path.of(index), launchKey, cacheDirectory, key);
        } catch (RuntimeException e) {
            // a path this platform cannot name: no index, only a later launch that starts java
        }
    }

    /**
     * Answers the command from the memo when it can: writes and prints what the remembered run did
     * and returns its exit code; empty when the command must run.
     */
    static Optional<Integer> replay(List<String> args, OutputStream out) {
        Optional<String> key = key(args);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path cacheDirectory = cacheDirectory(args);
            OptionalInt code = RunMemo.replay(cacheDirectory, key.get(), out);
            if (code.isEmpty()) {
                return Optional.empty();
            }
            link(cacheDirectory, key.get(), System.getenv());
            return Optional.of(code.getAsInt());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // let the command run and say what is wrong
        }
    }
}
