package dev.guidepost.cli;

import picocli.CommandLine.IVersionProvider;

/** Supplies the version printed by {@code --version}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Main.versionLine()};
    }
}
