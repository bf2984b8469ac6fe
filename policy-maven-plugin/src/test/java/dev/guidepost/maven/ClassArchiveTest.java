package dev.guidepost.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forked JVM's class-data archive: when there is one, what names it, and how it is kept. */
class ClassArchiveTest {

    @TempDir
    Path folder;
    @TempDir
    Path jars;

    /** A JDK laid out as one: bin/java, lib/modules and, when asked, the JDK's own class-data archive. */
    private Path jdk(String name, boolean baseArchive) throws IOException {
        Path home = jars.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib/server"));
        Files.writeString(home.resolve("lib/modules"), "modules");
        if (baseArchive) {
            Files.writeString(home.resolve("lib/server/classes.jsa"), "archive");
        }
        return Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
    }

    @Test
    void theArchiveIsNamedByTheJavaAndTheClassPathWithTheirTimes() throws IOException {
        Path java = jdk("jdk", true);
        Path plugin = Files.writeString(jars.resolve("plugin.jar"), "v1");
        Path core = Files.writeString(jars.resolve("core.jar"), "core");
        ClassArchive first = ClassArchive.of(folder, java, List.of(plugin, core), List.of()).orElseThrow();
        assertThat(first.file().getParent()).isEqualTo(folder);
        assertThat(first.file().getFileName().toString()).matches("maven-[0-9a-f]{16}-[0-9a-f]{16}\\.jsa");
        assertThat(ClassArchive.of(folder, java, List.of(plugin, core), List.of("-Xmx2g"))).contains(first);

        Files.setLastModifiedTime(plugin, FileTime.from(Instant.now().plusSeconds(60))); // the jar rebuilt
        ClassArchive rebuilt = ClassArchive.of(folder, java, List.of(plugin, core), List.of()).orElseThrow();
        assertThat(rebuilt).isNotEqualTo(first);
        assertThat(installation(rebuilt)).as("the same installation").isEqualTo(installation(first));
        ClassArchive other = ClassArchive.of(folder, jdk("other-jdk", true), List.of(plugin, core), List.of())
                .orElseThrow();
        assertThat(installation(other)).isNotEqualTo(installation(first));
    }

    @Test
    void noArchiveWhereTheJvmCouldNotUseOneOrTheUserDecides() throws IOException {
        Path jar = Files.writeString(jars.resolve("plugin.jar"), "v1");
        assertThat(ClassArchive.of(folder, jdk("no-base", false), List.of(jar), List.of()))
                .as("dumping without the JDK's archive stops the JVM").isEmpty();
        Path java = jdk("jdk", true);
        for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=/a.jsa", "-XX:ArchiveClassesAtExit=/b.jsa",
                "-XX:+AutoCreateSharedArchive", "-XX:AOTCache=/c.aot")) {
            assertThat(ClassArchive.of(folder, java, List.of(jar), List.of(option))).as(option).isEmpty();
        }
        assertThat(ClassArchive.of(folder, java, List.of(jars.resolve("missing.jar")), List.of())).isEmpty();
        assertThat(ClassArchive.of(folder, jars.resolve("no/java"), List.of(jar), List.of())).isEmpty();
    }

    @Test
    void aDumpIsMovedIntoPlaceAndTheInstallationsStaleArchivesGo() throws IOException {
        Path java = jdk("jdk", true);
        Path plugin = Files.writeString(jars.resolve("plugin.jar"), "v1");
        ClassArchive old = ClassArchive.of(folder, java, List.of(plugin), List.of()).orElseThrow();
        Files.writeString(old.file(), "old archive");
        Files.setLastModifiedTime(plugin, FileTime.from(Instant.now().plusSeconds(60)));
        ClassArchive archive = ClassArchive.of(folder, java, List.of(plugin), List.of()).orElseThrow();
        Path anotherBuildsDump = Files.writeString(folder.resolve(archive.file().getFileName() + ".x1.tmp"), "");
        Path otherInstallation = Files.writeString(folder.resolve("maven-0000000000000000-1111111111111111.jsa"), "");
        Path unused = Files.writeString(folder.resolve("maven-2222222222222222-3333333333333333.jsa"), "");
        Files.setLastModifiedTime(unused, FileTime.from(Instant.now().minus(ClassArchive.UNUSED).minusSeconds(60)));
        Path notOurs = Files.writeString(folder.resolve("guidepost.jsa"), "the launcher's");
        assertThat(archive.settled()).isFalse();
        assertThat(archive.useOptions()).isEmpty();

        Path dump = archive.dumpFile();
        assertThat(archive.keep(dump)).as("nothing dumped").isFalse();
        Files.writeString(dump, "new archive");
        dump.toFile().setWritable(false); // as the JVM leaves it
        assertThat(archive.keep(dump)).isTrue();

        assertThat(archive.file()).hasContent("new archive");
        assertThat(archive.settled()).isTrue();
        assertThat(archive.useOptions()).containsExactly("-XX:SharedArchiveFile=" + archive.file(), "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
        assertThat(names()).containsExactlyInAnyOrder(archive.file().getFileName().toString(),
                anotherBuildsDump.getFileName().toString(), otherInstallation.getFileName().toString(),
                notOurs.getFileName().toString());
    }

    @Test
    void aFailedDumpIsNotTriedAgain() throws IOException {
        Path jar = Files.writeString(jars.resolve("plugin.jar"), "v1");
        ClassArchive archive = ClassArchive.of(folder.resolve("cds"), jdk("jdk", true), List.of(jar), List.of())
                .orElseThrow();
        Path dump = archive.dumpFile();
        assertThat(ClassArchive.dumpOptions(dump)).containsExactly("-XX:ArchiveClassesAtExit=" + dump,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        archive.failed(dump);
        assertThat(archive.settled()).isTrue();
        assertThat(archive.useOptions()).isEmpty();
        assertThat(Files.exists(dump)).isFalse();
    }

    private static String installation(ClassArchive archive) {
        String name = archive.file().getFileName().toString();
        return name.substring(0, name.lastIndexOf('-'));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
