package dev.guidepost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheTextAsUtf8CreatingMissingFolders() throws IOException {
        Path target = dir.resolve("a/b/report.txt");

        AtomicFile.write(target, "Grüße ✓\n");

        assertThat(Files.readAllBytes(target)).isEqualTo("Grüße ✓\n".getBytes(StandardCharsets.UTF_8));
        assertThat(names(target.getParent())).containsExactly("report.txt");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aNewReportGetsTheModeOfAnyNewFileAndAReplacedOneKeepsItsMode() throws IOException {
        Path reference = Files.writeString(dir.resolve("written-by-any-program.txt"), "x"); // 0666 less the umask
        Path target = dir.resolve("report.json");

        AtomicFile.write(target, "new");

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(target, chosen);
        AtomicFile.write(target, "newer");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(chosen);
    }

    @Test
    void replacesAnExistingFileWithoutLeavingATemporaryFile() throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old content that is longer than the new one");

        AtomicFile.write(target, "new");

        assertThat(target).hasContent("new");
        assertThat(names(dir)).containsExactly("report.json");
    }

    @Test
    void resolvesARelativeTargetAgainstTheCurrentFolder() throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("relative.txt"));

        AtomicFile.write(relative, "x");

        assertThat(dir.resolve("relative.txt")).hasContent("x");
    }

    @Test
    void leavesTheTargetAndNoTemporaryFileWhenTheMoveFails() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "kept");

        assertThatThrownBy(() -> AtomicFile.write(target, "new")).isInstanceOf(IOException.class);

        assertThat(names(dir)).containsExactly("report.txt");
        assertThat(target.resolve("keep.txt")).hasContent("kept");
    }

    @Test
    void streamedTextThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("report.sarif"), "the previous report");

        assertThatThrownBy(() -> AtomicFile.writeText(target, out -> {
            out.write("x".repeat(1 << 20)); // more than any buffer: part of it reached the temporary file
            throw new IOException("the report could not be rendered");
        })).isInstanceOf(IOException.class).hasMessage("the report could not be rendered");

        assertThat(target).hasContent("the previous report");
        assertThat(names(dir)).containsExactly("report.sarif");
    }

    @Test
    void failsWhenTheParentCannotBeAFolder() throws IOException {
        Files.writeString(dir.resolve("file"), "not a folder");

        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("file/report.txt"), "x"))
                .isInstanceOf(IOException.class);
        assertThat(dir.resolve("file")).hasContent("not a folder");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX,
            org.junit.jupiter.api.condition.OS.MAC})
    void writesIntoADeviceInsteadOfReplacingIt() throws IOException {
        Path devNull = Path.of("/dev/null");
        AtomicFile.write(devNull, "discarded");
        assertThat(Files.isRegularFile(devNull)).as("/dev/null must stay a device").isFalse();
        assertThat(Files.exists(devNull)).isTrue();
    }

    @Test
    void refusesAFolderAsTarget() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.write(dir, "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("is a folder");
    }
}
