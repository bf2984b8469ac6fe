package dev.guidepost.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plain {@code guidepost check} command line without picocli. Building picocli's model of the
 * commands (their annotations read, a proxy class made for each annotation type) and parsing with it
 * takes ~70 ms at every start, before any checking begins. This reader knows the check command's
 * options and takes a command line only when it is sure to read it as picocli does: every option
 * spelled in full as {@code NAME VALUE} or {@code --NAME=VALUE}, no option of one value given twice,
 * no value that starts with {@code -} or {@code @}, numbers as plain digits. Anything else (help,
 * version, clustered or attached short options, argument files, {@code --}, unknown options, a
 * mistake of any kind) is left to picocli, which also gives the usage messages.
 * {@code CheckArgumentsTest} compares the two readers on generated command lines.
 */
final class CheckArguments {

    private static final Set<String> REPEATABLE = Set.of("--format", "--include", "--exclude");

    private CheckArguments() {
    }

    /** The check command for {@code args} (those after {@code check}), or empty when picocli must read them. */
    static Optional<CheckCommand> read(List<String> args) {
        CheckCommand command = new CheckCommand();
        command.failOn = CheckCommand.DEFAULT_FAIL_ON;
        command.color = CheckCommand.DEFAULT_COLOR;
        RepositoryOptions repository = command.repository;
        Set<String> given = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("@")) {
                return Optional.empty(); // an argument file
            }
            if (!arg.startsWith("-")) {
                Path path = path(arg);
                if (path == null) {
                    return Optional.empty();
                }
                repository.paths.add(path);
                continue;
            }
            int equals = arg.indexOf('=');
            boolean attached = arg.startsWith("--") && equals > 2;
            String name = canonical(attached ? arg.substring(0, equals) : arg);
            if (name == null || !REPEATABLE.contains(name) && !given.add(name)) {
                return Optional.empty();
            }
            if (flag(command, name)) {
                if (attached) {
                    return Optional.empty();
                }
                continue;
            }
            String value;
            if (attached) {
                value = arg.substring(equals + 1);
            } else {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("-") || args.get(i + 1).startsWith("@")) {
                    return Optional.empty();
                }
                value = args.get(++i);
            }
            if (!option(command, name, value)) {
                return Optional.empty();
            }
        }
        return Optional.of(command);
    }

    /** The long name of an option of the check command, or null for anything else. */
    private static String canonical(String name) {
        return switch (name) {
            case "-f", "--format" -> "--format";
            case "-o", "--output" -> "--output";
            case "-p", "--policy" -> "--policy";
            case "-q", "--quiet" -> "--quiet";
            case "--fail-on", "--baseline", "--shard", "--color", "--fix", "--diff", "--unsafe-fixes", "--hooks",
                    "--root", "--include", "--exclude", "--user-settings", "--changed-since", "--threads", "--no-cache",
                    "--cache-dir" -> name;
            default -> null;
        };
    }

    /** Sets the switch {@code name}; false when it is not a switch. */
    private static boolean flag(CheckCommand command, String name) {
        switch (name) {
            case "--fix" -> command.fix = true;
            case "--diff" -> command.diff = true;
            case "--unsafe-fixes" -> command.unsafeFixes = true;
            case "--hooks" -> command.hooks = true;
            case "--quiet" -> command.progressOptions.quiet = true;
            case "--no-cache" -> command.repository.noCache = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Sets the option {@code name} to {@code value}; false when picocli must read the value. */
    private static boolean option(CheckCommand command, String name, String value) {
        RepositoryOptions repository = command.repository;
        switch (name) {
            case "--format" -> command.formats.add(value);
            case "--fail-on" -> command.failOn = value;
            case "--shard" -> command.shard = value;
            case "--color" -> command.color = value;
            case "--policy" -> repository.policyOptions.policy = value;
            case "--include" -> repository.includes.add(value);
            case "--exclude" -> repository.excludes.add(value);
            case "--changed-since" -> repository.changedSince = value;
            case "--threads" -> {
                if (value.isEmpty() || value.length() > 9) {
                    return false;
                }
                for (int i = 0; i < value.length(); i++) {
                    if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                        return false;
                    }
                }
                repository.threads = Integer.parseInt(value);
            }
            default -> {
                Path path = path(value);
                if (path == null) {
                    return false;
                }
                switch (name) {
                    case "--output" -> command.output = path;
                    case "--baseline" -> command.baseline = path;
                    case "--root" -> repository.root = path;
                    case "--user-settings" -> repository.userSettings = path;
                    case "--cache-dir" -> repository.cacheDir = path;
                    default -> {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
