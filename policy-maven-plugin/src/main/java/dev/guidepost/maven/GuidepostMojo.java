package dev.guidepost.maven;

import dev.guidepost.cache.CacheDirectory;
import dev.guidepost.cache.RunKey;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that run a check share: the module and build they run in, the JVM the check runs in
 * (a forked one by default), the native-access hint, and the claim that makes a repository-wide goal
 * run once per build.
 */
abstract class GuidepostMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Runs the check in a JVM of its own, started as the command line tool starts one (C1 only, the
     * serial collector, native access granted), instead of inside Maven's JVM: faster on a large
     * repository, and no restricted-method warning on JDK 22 and later. {@code false}: inside Maven's JVM.
     */
    @Parameter(property = "guidepost.fork", defaultValue = "true")
    private boolean fork;

    /** The {@code java} executable of the forked JVM; default: the one running Maven ({@code java.home}). */
    @Parameter(property = "guidepost.jvm")
    private File jvm;

    /** More options for the forked JVM (such as {@code -Xmx2g}), after Guidepost's own, so they can override them. */
    @Parameter(property = "guidepost.jvmArgs")
    private List<String> jvmArgs;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** The module's base directory. */
    Path module() {
        return project.getBasedir().toPath();
    }

    /** The folder Maven was started in (the module's, when Maven does not say). */
    Path executionRoot() {
        String root = session.getExecutionRootDirectory();
        return root == null ? module() : Path.of(root);
    }

    /** The module's build directory ({@code target}). */
    Path buildDirectory() {
        return Path.of(project.getBuild().getDirectory());
    }

    /**
     * The forked JVM the goal runs in; empty with {@code fork=false}. Its class path is the plugin's
     * (the plugin jar, which holds the library and its dependencies, and what Maven adds to every
     * plugin); Maven's {@code guidepost.*} system properties are passed on, as the library reads some of
     * them. Its class-data archive is kept in the user's cache folder.
     */
    Optional<Fork> fork() {
        if (!fork) {
            return Optional.empty();
        }
        Path java = jvm != null ? jvm.toPath()
                : Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        Set<Path> classpath = new LinkedHashSet<>();
        if (plugin.getPluginArtifact() != null && plugin.getPluginArtifact().getFile() != null) {
            classpath.add(plugin.getPluginArtifact().getFile().toPath());
        }
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() != null) {
                classpath.add(artifact.getFile().toPath());
            }
        }
        List<String> options = jvmArgs == null ? List.of()
                : jvmArgs.stream().filter(a -> a != null && !a.isBlank()).map(String::trim).toList();
        return Optional.of(new Fork(java, options, List.copyOf(classpath), RunKey.guidepostProperties(),
                Optional.of(CacheDirectory.forUser().resolve("cds"))));
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    /**
     * Logs, once per goal run, how to enable native access when Maven's JVM would warn about the
     * parser's load (only when the goal runs in it: a forked JVM gets native access).
     */
    void hintNativeAccess() {
        if (!fork && NativeAccess.warnedAbout()) {
            getLog().warn("Guidepost loads a native parser; on JDK " + Runtime.version().feature()
                    + " add --enable-native-access=ALL-UNNAMED to .mvn/jvm.config (or MAVEN_OPTS) to silence the JVM's"
                    + " restricted-method warning before a later JDK refuses the load (see docs/maven-plugin.md)");
        }
    }

    /**
     * True when this module runs the goal on {@code root}; false (with a log line saying which module
     * did) when another module of the build claimed it first.
     *
     * @param claims the claim of this goal ({@link RepositoryClaims#claim} or {@link RepositoryClaims#claimFix})
     * @param done what the goal does to a repository, for the log line ("checked", "fixed")
     */
    boolean claim(Path root, BiFunction<RepositoryClaims, Path, Optional<String>> claims, String done) {
        Optional<String> first = claims.apply(new RepositoryClaims(session.getRepositorySession().getData()), root);
        first.ifPresent(other -> getLog().info("Guidepost: " + root + " is " + done + " once per build, already by "
                + other));
        return first.isEmpty();
    }

    /** The id of the module, as claims record it. */
    String projectId() {
        return project.getId();
    }
}
