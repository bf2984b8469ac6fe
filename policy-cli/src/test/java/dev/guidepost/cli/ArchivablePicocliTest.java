package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The build's archivable-picocli step ran: the CLI runs picocli's classes as Java 6 class files
 * with stack maps (src/build/ArchivableClasses.java), which the class-data archive can hold, not
 * as the Java 5 files of picocli's jar.
 */
class ArchivablePicocliTest {

    @Test
    void picocliRunsAsJava6ClassFilesWithStackMaps() throws IOException {
        for (Class<?> type : new Class<?>[] {CommandLine.class, CommandLine.Model.CommandSpec.class,
                CommandLine.Help.class}) {
            String resource = "/" + type.getName().replace('.', '/') + ".class";
            try (InputStream in = type.getResourceAsStream(resource)) {
                byte[] bytes = in.readAllBytes();
                int major = (bytes[6] & 0xFF) << 8 | bytes[7] & 0xFF;
                assertThat(major).as("class file version of %s", type.getName()).isEqualTo(50);
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as("stack maps of %s", type.getName())
                        .contains("StackMapTable");
            }
        }
    }
}
