package dev.guidepost.maven;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Whether Maven's JVM will warn when Guidepost loads its native parser: from JDK 22 on, loading
 * native code without native access granted prints a "restricted method" warning, and a later JDK
 * will refuse it. A plugin cannot grant access to itself; the user's {@code .mvn/jvm.config} can.
 */
final class NativeAccess {

    private NativeAccess() {
    }

    /** True on JDK 22 or later when the JVM was not started with {@code --enable-native-access}. */
    static boolean warnedAbout() {
        return warnedAbout(Runtime.version().feature(), ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static boolean warnedAbout(int feature, List<String> jvmArguments) {
        return feature >= 22 && jvmArguments.stream().noneMatch(a -> a.startsWith("--enable-native-access"));
    }
}
