package dev.guidepost.maven;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that run a check share: the module and build they run in, the native-access hint,
 * and the claim that makes a repository-wide goal run once per build.
 */
abstract class GuidepostMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

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

    /** Logs, once per goal run, how to enable native access when the JVM would warn about the parser's load. */
    void hintNativeAccess() {
        if (NativeAccess.warnedAbout()) {
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
