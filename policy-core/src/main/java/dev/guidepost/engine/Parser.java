package dev.guidepost.engine;

import dev.guidepost.workspace.WorkspaceFile;

/**
 * Turns a file's text into a parsed form. A parser object is also the key under which the result
 * is kept, so that every rule sharing it gets the same parse: use one constant instance per form.
 */
@FunctionalInterface
public interface Parser<T> {

    T parse(WorkspaceFile file, String text, WorkerState worker);
}
