import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step of policy-cli (process-classes): copies the classes of the jar on this program's
 * classpath that holds {@code PROBE} into the output folder, each class file older than Java 6
 * rewritten as a Java 6 one with stack maps (ASM computes them).
 *
 * <p>picocli ships Java 5 class files. The JVM keeps no class in a class-data archive that it has
 * to verify without stack maps ("old" classes, and newer ones whose maps are missing), so every
 * start parsed and verified picocli's ~180 classes again: ~0.1 s before a check began. Rewritten,
 * they are archived like Guidepost's own. Only the version and the stack maps change; the code is
 * the same instructions. Java 6 rather than a newer version: should a computed stack map ever be
 * wrong, the JVM falls back to the verifier that needs none (for version 50 only), so a class is
 * at worst left out of the archive, never rejected.
 *
 * <pre>java -classpath CLASSPATH ArchivableClasses.java PROBE OUTPUT_FOLDER</pre>
 */
public final class ArchivableClasses {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ArchivableClasses PROBE OUTPUT_FOLDER");
        }
        String probe = args[0];
        Path output = Path.of(args[1]);
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                if (jar.getEntry(probe) == null) {
                    continue;
                }
                // the jar's own classes and the JDK's: what stack maps name as common supertypes
                try (URLClassLoader types = new URLClassLoader(new URL[] {Path.of(entry).toUri().toURL()},
                        ClassLoader.getPlatformClassLoader())) {
                    copy(jar, types, output);
                }
                return;
            }
        }
        throw new IllegalStateException("no jar on the classpath holds " + probe);
    }

    private static void copy(JarFile jar, ClassLoader types, Path output) throws IOException {
        int copied = 0;
        int rewritten = 0;
        for (JarEntry file : Collections.list(jar.entries())) {
            String name = file.getName();
            if (file.isDirectory() || !name.endsWith(".class") || name.endsWith("module-info.class")
                    || name.startsWith("META-INF/")) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = jar.getInputStream(file)) {
                bytes = in.readAllBytes();
            }
            ClassReader reader = new ClassReader(bytes);
            int major = reader.readUnsignedShort(6);
            if (major < Opcodes.V1_6) {
                ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                    @Override
                    protected ClassLoader getClassLoader() {
                        return types;
                    }
                };
                reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public void visit(int version, int access, String className, String signature, String superName,
                            String[] interfaces) {
                        super.visit(Opcodes.V1_6, access, className, signature, superName, interfaces);
                    }
                }, ClassReader.SKIP_FRAMES);
                bytes = writer.toByteArray();
                rewritten++;
            }
            Path target = output.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            copied++;
        }
        System.out.println("ArchivableClasses: " + copied + " classes of " + Path.of(jar.getName()).getFileName()
                + " copied, " + rewritten + " rewritten as Java 6 class files with stack maps");
    }
}
