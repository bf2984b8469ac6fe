package dev.guidepost.builtin;

import dev.guidepost.policy.PolicySource;
import dev.guidepost.policy.Problems;
import dev.guidepost.policy.YamlImage;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.policy.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Build step (policy-core's {@code process-classes} phase): writes the {@link YamlImage} of each
 * built-in pack next to it in the compiled classes, {@code NAME.yaml.image} beside
 * {@code NAME.yaml}. Fails the build when a pack is not valid YAML.
 */
public final class PackImages {

    private PackImages() {
    }

    /** {@code args[0]}: the folder of the packs ({@code target/classes/dev/guidepost/builtin}). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PackImages FOLDER_OF_THE_BUILT_IN_PACKS");
        }
        Path folder = Path.of(args[0]);
        for (String name : PolicySource.BUILTIN_PACKS) {
            Path pack = folder.resolve(name + ".yaml");
            String text = Files.readString(pack, StandardCharsets.UTF_8);
            Problems problems = new Problems();
            Optional<YamlNode> root = YamlReader.read("builtin:" + name, text, problems);
            if (!problems.isEmpty() || root.isEmpty()) {
                throw new IllegalStateException("built-in pack " + pack + " is not valid YAML: " + problems.list());
            }
            Path image = folder.resolve(name + ".yaml.image");
            Path temporary = folder.resolve(name + ".yaml.image.tmp");
            Files.write(temporary, YamlImage.write(root.get(), text));
            Files.move(temporary, image, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
