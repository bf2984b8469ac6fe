package dev.guidepost.check.layout;

import dev.guidepost.policy.Glob;
import dev.guidepost.unit.Units;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every file and folder path of a workspace, sorted, so that the paths under a folder are one
 * contiguous range found by binary search: a glob whose literal folder prefix is known is matched
 * only against the paths under that prefix.
 */
final class PathIndex {

    /** The order {@link Units#paths} sorts in, which the binary search here must use too. */
    private static final java.util.Comparator<String> PATH_ORDER = Units::pathOrder;

    private final List<String> paths;
    private final Workspace workspace;

    /** @param units the run's units, which sort the workspace's paths once for every rule */
    PathIndex(Units units) {
        this.workspace = units.workspace();
        this.paths = units.paths();
    }

    Workspace workspace() {
        return workspace;
    }

    /** True when some file or folder under {@code prefix} ("" for all) matches. */
    boolean anyMatch(Glob glob, String prefix) {
        int[] range = range(prefix);
        for (int i = range[0]; i < range[1]; i++) {
            if (glob.matches(paths.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outermost matching paths under {@code prefix}: a folder that matches is listed, the
     * paths inside it are not.
     */
    List<String> outermostMatches(Glob glob, String prefix) {
        List<String> out = new ArrayList<>();
        int[] range = range(prefix);
        for (int i = range[0]; i < range[1]; i++) {
            String path = paths.get(i);
            if (glob.matches(path)) {
                int slash = path.lastIndexOf('/');
                if (slash < 0 || !glob.matches(path.substring(0, slash))) {
                    out.add(path);
                }
            }
        }
        return out;
    }

    /** The files under a folder ("" for all), sorted by path. */
    List<WorkspaceFile> filesUnder(String folder) {
        return workspace.filesUnder(folder);
    }

    private int[] range(String prefix) {
        if (prefix.isEmpty()) {
            return new int[] {0, paths.size()};
        }
        int from = Collections.binarySearch(paths, prefix, PATH_ORDER);
        if (from < 0) {
            from = -from - 1;
        }
        String under = prefix + "/";
        int to = from;
        while (to < paths.size() && (paths.get(to).equals(prefix) || paths.get(to).startsWith(under))) {
            to++;
        }
        return new int[] {from, to};
    }
}
