package dev.guidepost.cache;

import dev.guidepost.Guidepost;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key of a {@link RunMemo} entry: names a command completely, so that two runs with the same key
 * print and write the same on the same inputs. Shared by the command line tool and the Maven goal,
 * each of which says what its command is: Guidepost's build, the folder it ran in, its arguments in
 * order, and the settings that change what it prints (a terminal, colour, {@code guidepost.*} system
 * properties). Plain loops and one builder: a key is made first thing in a fresh JVM.
 */
public final class RunKey {

    /** The system property that turns on profiling; a profiled run is never answered from the memo. */
    public static final String PROFILE = "guidepost.profile";

    private RunKey() {
    }

    /**
     * The key of {@code command}.
     *
     * @param command what runs, e.g. {@code guidepost check}
     * @param workingDirectory the folder it runs in
     * @param arguments its arguments, in order (each stored with its length, so no two lists share a key)
     * @param settings what else decides its output, in the caller's order
     */
    public static String of(String command, Path workingDirectory, List<String> arguments,
            Map<String, String> settings) {
        return of(command, Guidepost.build(), workingDirectory, arguments, settings);
    }

    /**
     * As {@link #of(String, Path, List, Map)}, with the build named by the caller (the command line
     * tool reads it from its jar's manifest, which costs nothing on a memo answer).
     */
    public static String of(String command, String build, Path workingDirectory, List<String> arguments,
            Map<String, String> settings) {
        StringBuilder key = new StringBuilder(command).append('\n').append(build).append('\n')
                .append(workingDirectory.toAbsolutePath().normalize()).append('\n');
        for (String arg : arguments) {
            key.append(arg.length()).append(':').append(arg).append('\n');
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            key.append(setting.getKey()).append('=').append(setting.getValue()).append('\n');
        }
        return key.toString();
    }

    /** This JVM's {@code guidepost.*} system properties, sorted by name. */
    public static Map<String, String> guidepostProperties() {
        Map<String, String> properties = new TreeMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("guidepost.")) {
                properties.put(name, System.getProperty(name));
            }
        }
        return properties;
    }
}
