package dev.guidepost.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A built-in pack's image gives exactly the tree its YAML parses to, is made by the build for every
 * pack, and is never used for another text; a damaged image is passed over, never thrown at.
 */
class YamlImageTest {

    @Test
    void theBuildMadeAnImageOfEveryPackThatGivesItsParsedTree() {
        for (String name : PolicySource.BUILTIN_PACKS) {
            PolicySource.Builtin pack = new PolicySource.Builtin(name);
            String text = pack.read(SourcePosition.ofFile("test"), new Problems()).orElseThrow();
            Optional<byte[]> image = pack.image();
            assertThat(image).as("image of builtin:%s (made in policy-core's process-classes phase)", name).isPresent();
            YamlNode parsed = YamlReader.read(pack.displayName(), text, new Problems()).orElseThrow();
            assertThat(YamlImage.read(image.get(), utf8(text), pack.displayName())).contains(parsed);
        }
    }

    @Test
    void keepsQuotingPositionsAndTheFileNameGiven() {
        String text = "a: 'x'\nb:\n  - 1\n  - {c: null, d: ~}\n";
        YamlNode parsed = YamlReader.read("f.yaml", text, new Problems()).orElseThrow();
        byte[] image = YamlImage.write(parsed, text);
        assertThat(YamlImage.read(image, utf8(text), "f.yaml")).contains(parsed);
        YamlNode.Mapping other = (YamlNode.Mapping) YamlImage.read(image, utf8(text), "g.yaml").orElseThrow();
        assertThat(other.position().file()).isEqualTo("g.yaml");
        YamlNode.Scalar quoted = (YamlNode.Scalar) other.get("a").orElseThrow();
        assertThat(quoted.quoted()).isTrue();
        assertThat(quoted.position()).isEqualTo(new SourcePosition("g.yaml", 1, 4));
    }

    @Test
    void anImageOfAnotherTextIsNotUsed() throws IOException {
        String text = builtinText("django");
        byte[] image = YamlImage.write(YamlReader.read("builtin:django", text, new Problems()).orElseThrow(), text);
        // same length, one char changed: the checksum tells them apart
        char[] chars = text.toCharArray();
        int at = text.indexOf("severity: warning");
        chars[at + "severity: ".length()] = 'W';
        assertThat(YamlImage.read(image, utf8(new String(chars)), "builtin:django")).isEmpty();
        assertThat(YamlImage.read(image, utf8(text + "\n"), "builtin:django")).isEmpty();
    }

    @Property(tries = 200)
    void aDamagedImageIsPassedOver(@ForAll @IntRange(min = 0, max = 5_000) int cut,
            @ForAll @IntRange(min = 0, max = 5_000) int flipped, @ForAll byte value) {
        String text = "guidepost: 1\nrules:\n  - id: a/b\n    target: source\n    severity: warning\n"
                + "    languages: [python]\n    rule: {pattern: 'print($$$A)'}\n";
        byte[] image = YamlImage.write(YamlReader.read("p.yaml", text, new Problems()).orElseThrow(), text);
        byte[] damaged = Arrays.copyOf(image, Math.min(image.length, cut));
        if (damaged.length > 0) {
            damaged[flipped % damaged.length] = value;
        }
        Optional<YamlNode> read = YamlImage.read(damaged, utf8(text), "p.yaml");
        if (!Arrays.equals(damaged, image)) {
            assertThat(read).isEmpty();
        } else {
            assertThat(read).contains(YamlReader.read("p.yaml", text, new Problems()).orElseThrow());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String builtinText(String name) throws IOException {
        try (InputStream in = PolicySource.class.getResourceAsStream("/dev/guidepost/builtin/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
