package dev.guidepost.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a policy's text comes from: a built-in pack embedded in the library ({@code builtin:NAME})
 * or a file. Knows how to resolve an {@code extends} entry relative to itself.
 */
public sealed interface PolicySource {

    /** The names of the built-in packs. */
    List<String> BUILTIN_PACKS = List.of("claude", "django");

    /** The name shown in messages: {@code builtin:django} or the file path as given. */
    String displayName();

    /** A key that identifies the source, for cycle detection. */
    String identity();

    /** Reads the text, or empty when it cannot be read (the reason goes to problems). */
    Optional<String> read(SourcePosition requestedAt, Problems problems);

    /** Resolves an {@code extends} entry written in this source. */
    default Optional<PolicySource> resolve(String reference, SourcePosition at, Problems problems) {
        if (reference.startsWith("builtin:")) {
            String name = reference.substring("builtin:".length());
            if (!BUILTIN_PACKS.contains(name)) {
                problems.add(at, "unknown built-in pack '" + reference + "'" + Suggestion.hint(name, BUILTIN_PACKS)
                        + "; known packs: " + BUILTIN_PACKS.stream().map(p -> "builtin:" + p).toList());
                return Optional.empty();
            }
            return Optional.of(new Builtin(name));
        }
        if (this instanceof File file) {
            Path base = file.path().toAbsolutePath().getParent();
            return Optional.of(new File(base.resolve(reference).normalize(), reference));
        }
        problems.add(at, "a built-in pack can only extend other built-in packs, not '" + reference + "'");
        return Optional.empty();
    }

    /** Parses a policy reference as a user writes it: {@code builtin:NAME} or a path. */
    static PolicySource of(String reference, Path workingDirectory) {
        if (reference.startsWith("builtin:")) {
            return new Builtin(reference.substring("builtin:".length()));
        }
        return new File(workingDirectory.resolve(reference).normalize(), reference);
    }

    /** A pack embedded in policy-core under {@code dev/guidepost/builtin/NAME.yaml}. */
    record Builtin(String name) implements PolicySource {
        @Override
        public String displayName() {
            return "builtin:" + name;
        }

        @Override
        public String identity() {
            return displayName();
        }

        @Override
        public Optional<String> read(SourcePosition requestedAt, Problems problems) {
            return bytes(requestedAt, problems).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        }

        /**
         * The pack's text as the UTF-8 bytes it is stored in, for {@link YamlImage}, which checks them
         * against its image without decoding them; empty, with a problem, as {@link #read}.
         */
        public Optional<byte[]> bytes(SourcePosition requestedAt, Problems problems) {
            if (!BUILTIN_PACKS.contains(name)) {
                problems.add(requestedAt, "unknown built-in pack 'builtin:" + name + "'" + Suggestion.hint(name, BUILTIN_PACKS)
                        + "; known packs: " + BUILTIN_PACKS.stream().map(p -> "builtin:" + p).toList());
                return Optional.empty();
            }
            try (InputStream in = PolicySource.class.getResourceAsStream("/dev/guidepost/builtin/" + name + ".yaml")) {
                if (in == null) {
                    problems.add(requestedAt, "built-in pack 'builtin:" + name + "' is missing from this build");
                    return Optional.empty();
                }
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                problems.add(requestedAt, "cannot read built-in pack 'builtin:" + name + "': " + e.getMessage());
                return Optional.empty();
            }
        }

        /**
         * The pack's {@link YamlImage}, made when Guidepost was built ({@code NAME.yaml.image}); empty
         * when the build made none or it cannot be read (the pack's text is then parsed).
         */
        public Optional<byte[]> image() {
            try (InputStream in = PolicySource.class.getResourceAsStream("/dev/guidepost/builtin/" + name + ".yaml.image")) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** A policy file on disk; {@code shownAs} is the path as the user wrote it. */
    record File(Path path, String shownAs) implements PolicySource {
        @Override
        public String displayName() {
            return shownAs;
        }

        @Override
        public String identity() {
            return path.toAbsolutePath().normalize().toString();
        }

        /**
         * Says where the file was looked for (the absolute path, and for a relative one the folder
         * it was taken relative to) and names a file of a near name in that folder, if there is one.
         */
        private String notFound() {
            Path absolute = path.toAbsolutePath().normalize();
            Path written = Path.of(shownAs).normalize();
            String relativeTo = "";
            if (!written.isAbsolute() && !written.startsWith("..") && absolute.endsWith(written)
                    && absolute.getNameCount() > written.getNameCount()) {
                Path base = absolute.getRoot().resolve(absolute.subpath(0, absolute.getNameCount() - written.getNameCount()));
                relativeTo = ", relative to " + base;
            }
            String near = "";
            Path folder = absolute.getParent();
            if (folder != null && Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    List<String> names = entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
                    String name = absolute.getFileName().toString();
                    near = Suggestion.closest(name, names, 3)
                            .map(n -> "; did you mean '" + Path.of(shownAs).resolveSibling(n) + "'?").orElse("");
                } catch (IOException | java.io.UncheckedIOException e) {
                    near = "";
                }
            } else if (folder != null) {
                near = "; the folder " + folder + " does not exist";
            }
            return "policy file '" + shownAs + "' not found (looked for " + absolute + relativeTo + ")" + near;
        }

        @Override
        public Optional<String> read(SourcePosition requestedAt, Problems problems) {
            if (!Files.isRegularFile(path)) {
                problems.add(requestedAt, notFound());
                return Optional.empty();
            }
            try {
                if (Files.size(path) > YamlReader.MAX_CODE_POINTS) {
                    problems.add(requestedAt, "policy file '" + shownAs + "' is larger than 2 MiB");
                    return Optional.empty();
                }
                return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(requestedAt, "cannot read policy file '" + shownAs + "': " + e.getMessage());
                return Optional.empty();
            }
        }
    }
}
