package dev.guidepost.cli;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast entry point of {@code guidepost hook}: a main class that loads almost nothing, relays the
 * event on standard input to the repository's hook server over a Unix domain socket and prints its
 * reply. The server ({@link HookServer}) is started on first use; the answer itself always comes
 * from {@link dev.guidepost.hook.HookResponder}, in the server or, when no server can be reached,
 * in this process. The launcher runs it for {@code guidepost hook}; options other than
 * {@code --policy} and {@code --fail-on} go to the full command line instead.
 */
public final class HookClient {

    /** How long a first call waits for a server it started. */
    private static final long START_WAIT_MILLIS = 8000;

    private HookClient() {
    }

    public static void main(String[] args) throws IOException {
        List<String> forwarded = forwardable(args);
        if (forwarded == null || "off".equals(System.getenv("GUIDEPOST_HOOK_SERVER"))) {
            Main.main(args);
            return;
        }
        byte[] event = System.in.readAllBytes();
        Path cwd = Path.of("").toAbsolutePath();
        byte[] reply = null;
        try {
            Path jar = jar();
            Path socket = HookSocket.socket(HookSocket.root(cwd), jar);
            reply = exchange(socket, request(forwarded, cwd, event));
            if (reply == null && start(socket, HookSocket.root(cwd))) {
                long until = System.currentTimeMillis() + START_WAIT_MILLIS;
                while (reply == null && System.currentTimeMillis() < until) {
                    sleep(25);
                    reply = exchange(socket, request(forwarded, cwd, event));
                }
            }
        } catch (IOException | RuntimeException e) {
            reply = null;
        }
        if (reply == null) {
            // no server: answer in this process, with the same responder
            System.setIn(new ByteArrayInputStream(event));
            Main.main(args);
            return;
        }
        System.exit(relay(reply));
    }

    /** The arguments after {@code hook} when only the server's options are used; else null. */
    static List<String> forwardable(String[] args) {
        if (args.length == 0 || !args[0].equals("hook")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--policy") || arg.equals("--fail-on")) && i + 1 < args.length) {
                out.add(arg + "=" + args[++i]);
            } else if (arg.startsWith("--policy=") || arg.startsWith("--fail-on=")) {
                out.add(arg);
            } else {
                return null;
            }
            if (out.get(out.size() - 1).contains("\n")) {
                return null;
            }
        }
        return out;
    }

    /** The request: the option count, the options, the working folder, one per line, then the event. */
    static byte[] request(List<String> options, Path cwd, byte[] event) {
        StringBuilder head = new StringBuilder().append(options.size()).append('\n');
        for (String option : options) {
            head.append(option).append('\n');
        }
        head.append(cwd).append('\n');
        byte[] text = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + event.length];
        System.arraycopy(text, 0, out, 0, text.length);
        System.arraycopy(event, 0, out, text.length, event.length);
        return out;
    }

    /** Sends a request and reads the whole reply; null when no server listens there. */
    static byte[] exchange(Path socket, byte[] request) {
        if (!Files.exists(socket)) {
            return null;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap(request);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.shutdownOutput();
            byte[] reply = Channels.newInputStream(channel).readAllBytes();
            return reply.length == 0 ? null : reply;
        } catch (IOException e) {
            return null;
        }
    }

    /** Prints a reply ({@code EXIT\nSTDOUT-LENGTH\n} then standard output and standard error); returns EXIT. */
    static int relay(byte[] reply) {
        int first = indexOf(reply, 0);
        int second = indexOf(reply, first + 1);
        int exit = Integer.parseInt(new String(reply, 0, first, StandardCharsets.US_ASCII));
        int length = Integer.parseInt(new String(reply, first + 1, second - first - 1, StandardCharsets.US_ASCII));
        PrintStream out = System.out;
        out.write(reply, second + 1, length);
        out.flush();
        System.err.write(reply, second + 1 + length, reply.length - second - 1 - length);
        System.err.flush();
        return exit;
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("malformed reply from the hook server");
    }

    /** Starts a server in the background, in a session of its own; false when it cannot be started. */
    private static boolean start(Path socket, Path root) {
        String java = ProcessHandle.current().info().command().orElse(null);
        if (java == null) {
            return false;
        }
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid"); // out of the hook's process group: Claude Code may end that group
        }
        // native access for the tree-sitter library's System.load (Java 22 and later warn without it; 17 accepts it)
        command.addAll(List.of(java, "-XX:+UseSerialGC", "-Xss4m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                HookServer.class.getName(), socket.toString(), root.toString()));
        try {
            Path log = socket.resolveSibling(socket.getFileName() + ".log");
            new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(log.toFile()).redirectErrorStream(true).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The jar (or classes folder) this class was loaded from. */
    private static Path jar() {
        String classPath = System.getProperty("java.class.path", "");
        return Path.of(classPath.split(File.pathSeparator)[0]).toAbsolutePath();
    }

    /** Asks the server of the current repository to stop; true when one was running. */
    static boolean stop(Path cwd) throws IOException {
        Path socket = HookSocket.socket(HookSocket.root(cwd), jar());
        byte[] reply = exchange(socket, "stop\n".getBytes(StandardCharsets.UTF_8));
        return reply != null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
