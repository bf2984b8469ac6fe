package dev.guidepost.cli;

/** Entry point of the guidepost command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
