import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole-process timings of several commands in interleaved rounds: each round runs every command
 * once (in turn forwards, then backwards), so that a machine whose speed drifts during a sitting
 * (other tenants, memory compaction) slows all of them alike. hyperfine runs all the runs of one
 * command before the next, and on these shared machines that alone moved a ratio by 10-20 %.
 * Prints each command's median and fastest wall time, and the median over the rounds of its time
 * divided by the first command's time in the same round. With three commands or more, each one
 * after the second is also paired with the second (two builds of Guidepost): the median over the
 * rounds of the difference of their times, and in how many rounds it was the faster, which tells a
 * change of a few per cent from the machine's drift better than medians do. Run with
 * bench/interleaved.sh.
 *
 *   java bench/Interleaved.java ROUNDS NAME=COMMAND...   (COMMAND split at spaces; env VAR=x allowed)
 */
public final class Interleaved {

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2 || !args[0].matches("[1-9][0-9]*")) {
            System.err.println("usage: java bench/Interleaved.java ROUNDS NAME=COMMAND...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        List<String> names = new ArrayList<>();
        List<List<String>> commands = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            if (equals <= 0) {
                System.err.println("expected NAME=COMMAND, found: " + args[i]);
                System.exit(2);
            }
            names.add(args[i].substring(0, equals));
            commands.add(List.of(args[i].substring(equals + 1).trim().split(" +")));
        }
        for (List<String> command : commands) {
            run(command); // warm-up: the page cache, and each build's class-data archive made by its launcher
        }
        double[][] times = new double[commands.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < commands.size(); k++) {
                int i = round % 2 == 0 ? k : commands.size() - 1 - k;
                times[i][round] = run(commands.get(i));
            }
        }
        System.out.printf("%-24s %10s %10s %14s%n", "command", "median", "fastest", "vs " + names.get(0));
        for (int i = 0; i < commands.size(); i++) {
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = times[i][round] / times[0][round];
            }
            System.out.printf("%-24s %9.3fs %9.3fs %13.2fx%n", names.get(i), median(times[i]),
                    Arrays.stream(times[i]).min().orElseThrow(), median(ratios));
        }
        if (commands.size() > 2) {
            System.out.printf("%n%-24s %14s %12s%n", "paired with " + names.get(1), "median diff", "faster in");
            for (int i = 2; i < commands.size(); i++) {
                double[] differences = new double[rounds];
                int faster = 0;
                for (int round = 0; round < rounds; round++) {
                    differences[round] = times[i][round] - times[1][round];
                    faster += differences[round] < 0 ? 1 : 0;
                }
                System.out.printf("%-24s %+13.3fs %6d of %d%n", names.get(i), median(differences), faster, rounds);
            }
        }
    }

    /** Seconds the command took, its output discarded; a failing command stops the measurement. */
    private static double run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0 && exit != 1) {
            System.err.println("exit code " + exit + " from: " + String.join(" ", command));
            System.exit(2);
        }
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
