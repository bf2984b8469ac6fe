import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Build step of policy-cli (process-classes): copies the classes of the jar on the classpath that
 * holds {@code PROBE} into the output folder, class files of Java 5 or older marked as Java 6.
 *
 * <p>picocli ships Java 5 class files, and the JVM keeps no such "old" class in a class-data
 * archive: each start parsed and verified ~180 of them again (~0.1 s of a check). A Java 6 class
 * file has the same format, its stack maps being optional: without them the JVM verifies it as it
 * verified the Java 5 one (the failover to the type-inferring verifier is kept for version 50 on
 * every JDK), and the archive can hold it. Nothing else in the files changes.
 *
 * <pre>java ArchivableClasses.java CLASSPATH PROBE OUTPUT_FOLDER</pre>
 */
public final class ArchivableClasses {

    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ArchivableClasses CLASSPATH PROBE OUTPUT_FOLDER");
        }
        String probe = args[1];
        Path output = Path.of(args[2]);
        for (String entry : args[0].split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                if (jar.getEntry(probe) == null) {
                    continue;
                }
                int copied = 0;
                int marked = 0;
                for (JarEntry file : java.util.Collections.list(jar.entries())) {
                    if (file.isDirectory() || !file.getName().endsWith(".class") || file.getName().contains("module-info")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = jar.getInputStream(file)) {
                        bytes = in.readAllBytes();
                    }
                    if (bytes.length < 8 || (bytes[0] & 0xFF) != 0xCA || (bytes[1] & 0xFF) != 0xFE) {
                        throw new IllegalStateException(file.getName() + " is not a class file");
                    }
                    int major = (bytes[6] & 0xFF) << 8 | bytes[7] & 0xFF;
                    if (major < JAVA_6) {
                        bytes[6] = 0;
                        bytes[7] = JAVA_6;
                        marked++;
                    }
                    Path target = output.resolve(file.getName());
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                    copied++;
                }
                System.out.println("ArchivableClasses: " + copied + " classes of " + Path.of(entry).getFileName()
                        + " copied, " + marked + " marked as Java 6");
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(entry, e);
            }
        }
        throw new IllegalStateException("no jar on the classpath holds " + probe);
    }
}
