package dev.guidepost.check.markdown;

import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the instruction files Claude Code loads for work in a folder: in every folder from the
 * repository root down to that folder, {@code CLAUDE.md}, {@code .claude/CLAUDE.md} and
 * {@code CLAUDE.local.md}, root first.
 */
public final class InstructionFiles {

    /** The names looked for in each folder of the chain, nearest-preferred last. */
    public static final List<String> NAMES = List.of("CLAUDE.local.md", ".claude/CLAUDE.md", "CLAUDE.md");

    private InstructionFiles() {
    }

    /**
     * The chain for {@code folder} ("" for the root): root files first, so the last element is the
     * nearest one, and within one folder {@code CLAUDE.md} comes last as the one a finding names.
     */
    public static List<WorkspaceFile> chain(Workspace workspace, String folder) {
        List<WorkspaceFile> out = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        folders.add("");
        if (!folder.isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (String part : folder.split("/")) {
                if (path.length() > 0) {
                    path.append('/');
                }
                path.append(part);
                folders.add(path.toString());
            }
        }
        for (String dir : folders) {
            for (String name : NAMES) {
                workspace.file(dir.isEmpty() ? name : dir + "/" + name).ifPresent(out::add);
            }
        }
        return out;
    }

    /** True when a file's name makes it an instruction file. */
    public static boolean isInstructionFile(String path) {
        return path.equals("CLAUDE.md") || path.endsWith("/CLAUDE.md") || path.equals("CLAUDE.local.md")
                || path.endsWith("/CLAUDE.local.md");
    }
}
