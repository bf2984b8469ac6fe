package dev.guidepost.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * A {@link Workspace} and what its scan depended on: the folders it listed and the ignore files it
 * consulted (present or not). The same scan now gives the same workspace when every listed folder
 * has the same entries, every ignore file is unchanged and no file changed kind; the files' own
 * contents are judged by their size and modification time in {@link WorkspaceFile}.
 */
public record WorkspaceScan(Workspace workspace, List<FolderListing> folders, List<Path> ignoreFiles) {

    public WorkspaceScan {
        folders = List.copyOf(folders);
        ignoreFiles = List.copyOf(ignoreFiles);
    }
}
