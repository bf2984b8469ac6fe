package dev.guidepost.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTextTest {

    @TempDir
    Path root;

    @Test
    void asciiIsEveryCharBelow128() {
        assertThat(FileText.isAscii("")).isTrue();
        assertThat(FileText.isAscii("a_Z-9?~\u007F")).isTrue();
        assertThat(FileText.isAscii("caf\u00e9")).isFalse();
        assertThat(FileText.isAscii("\u0080")).isFalse();
        assertThat(FileText.isAscii("x\uFFFD")).isFalse();
    }

    @Test
    void dropsOneLeadingByteOrderMarkAndKeepsLineEnds() {
        byte[] bytes = "\uFEFFa = 1\r\nb\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FileText.decode(bytes).text()).contains("a = 1\r\nb\n");
    }

    @Test
    void aFileThatIsNotUtf8HasNoTextAndSaysWhy() {
        FileText.Read read = FileText.decode(new byte[] {'a', (byte) 0xE9, 'b'});
        assertThat(read.text()).isEmpty();
        assertThat(read).isEqualTo(new FileText.Unreadable("not UTF-8 text"));
    }

    @Test
    void linesEndAtNewlinesWithTheirCarriageReturnsButNotAtALoneCarriageReturn() {
        assertThat(FileText.lines("a\r\nb\nc\rd\n")).containsExactly("a", "b", "c\rd", "");
        assertThat(FileText.lines("")).containsExactly("");
        assertThat(FileText.lines("\r\n")).containsExactly("", "");
        assertThat(FileText.eachLine("a\r\nb\nc", (number, start, end) -> { })).isEqualTo(3);
        assertThat(FileText.eachLine("", (number, start, end) -> { })).isEqualTo(1);
    }

    @Test
    void readsWorkspaceAndOutsideFilesAlikeAndSkipsLargeOnes() throws IOException {
        Path small = root.resolve("a.py");
        Files.write(small, "\uFEFFx = 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(FileText.read(small).text()).contains("x = 1\n");
        assertThat(FileText.read(new WorkspaceFile("a.py", small, "python", Files.size(small))).text())
                .contains("x = 1\n");
        assertThat(FileText.read(new WorkspaceFile("big.py", small, "python", FileText.MAX_BYTES + 1)))
                .isEqualTo(new FileText.Unreadable("larger than 2 MiB"));
        assertThat(FileText.read(root.resolve("missing.py")).text()).isEmpty();
    }
}
