package dev.guidepost.cli;

/** A mistake in how the command was called, reported in one line with exit code 2. */
final class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }
}
