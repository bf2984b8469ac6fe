package dev.guidepost.cli;

import dev.guidepost.Guidepost;
import dev.guidepost.cache.CacheDirectory;
import dev.guidepost.hook.HookReply;
import dev.guidepost.hook.HookResponder;
import dev.guidepost.hook.HookSettings;
import dev.guidepost.policy.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The background process that answers {@code guidepost hook} for one repository and user, so that
 * a hook call costs a small JVM start and a socket round trip instead of loading and compiling the
 * policy every time. It holds {@link HookResponder}s (with their compiled policies) and the project
 * facts of unchanged files ({@link dev.guidepost.hook.FactsMemo}) between calls and nothing else:
 * every answer comes from the same code as an in-process {@code guidepost hook}.
 * Started by {@link HookClient} on first use; listens on the socket named by {@link HookSocket}
 * (permissions 0600 in a 0700 folder); stops after {@code GUIDEPOST_HOOK_IDLE_MINUTES} (default
 * 30) without a call, on {@code guidepost hook --stop}, or when its socket file is removed.
 */
public final class HookServer {

    private final Path socket;
    private final Guidepost guidepost = Guidepost.standard().withFactsMemo(new dev.guidepost.hook.FactsMemo());
    private final ConcurrentHashMap<String, HookResponder> responders = new ConcurrentHashMap<>();
    private final AtomicLong lastCall = new AtomicLong(System.nanoTime());

    private HookServer(Path socket) {
        this.socket = socket;
    }

    public static void main(String[] args) throws IOException {
        Path socket = Path.of(args[0]);
        Path root = Path.of(args[1]);
        if (HookClient.exchange(socket, "ping\n".getBytes(StandardCharsets.UTF_8)) != null) {
            return; // another server got there first
        }
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // the folder's permissions still keep others out
        }
        new HookServer(socket).serve(server, root);
    }

    private void serve(ServerSocketChannel server, Path root) throws IOException {
        Duration idle = Duration.ofMinutes(idleMinutes());
        Thread watcher = new Thread(() -> watch(idle), "guidepost-hook-idle");
        watcher.setDaemon(true);
        watcher.start();
        ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "guidepost-hook");
            thread.setDaemon(true);
            return thread;
        });
        workers.submit(() -> warmUp(root));
        while (true) {
            SocketChannel channel = server.accept();
            lastCall.set(System.nanoTime());
            workers.submit(() -> handle(channel));
        }
    }

    /** Compiles the default policy and checks one file, so that the first real call finds both ready. */
    private void warmUp(Path root) {
        HookResponder responder = responder(List.of(), root).orElseThrow();
        responder.answer("{\"hook_event_name\":\"PreToolUse\",\"cwd\":" + quoted(root.toString())
                + ",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"true\"}}");
        Path sample = root.resolve("manage.py");
        if (Files.isRegularFile(sample)) {
            responder.answer("{\"hook_event_name\":\"PostToolUse\",\"cwd\":" + quoted(root.toString())
                    + ",\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":" + quoted(sample.toString()) + "}}");
        }
    }

    private void handle(SocketChannel channel) {
        try (channel; OutputStream out = Channels.newOutputStream(channel)) {
            byte[] request = Channels.newInputStream(channel).readAllBytes();
            int line = 0;
            List<String> head = new ArrayList<>();
            int start = 0;
            int count = -1;
            for (int i = 0; i < request.length && (count < 0 || line < count + 2); i++) {
                if (request[i] == '\n') {
                    String text = new String(request, start, i - start, StandardCharsets.UTF_8);
                    start = i + 1;
                    if (line == 0) {
                        if (text.equals("stop")) {
                            out.write("0\n0\n".getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                            stop();
                        }
                        if (text.equals("ping")) {
                            out.write("0\n0\n".getBytes(StandardCharsets.US_ASCII));
                            return;
                        }
                        count = Integer.parseInt(text);
                    } else {
                        head.add(text);
                    }
                    line++;
                }
            }
            List<String> options = head.subList(0, count);
            Path cwd = Path.of(head.get(count));
            String event = new String(Arrays.copyOfRange(request, start, request.length), StandardCharsets.UTF_8);
            Optional<HookResponder> responder = responder(options, cwd);
            HookReply reply = responder.isPresent() ? responder.get().answer(event)
                    : new HookReply("", "guidepost hook: expected --fail-on error, warning or info\n", 2);
            byte[] stdout = reply.stdout().getBytes(StandardCharsets.UTF_8);
            out.write((reply.exitCode() + "\n" + stdout.length + "\n").getBytes(StandardCharsets.US_ASCII));
            out.write(stdout);
            out.write(reply.stderr().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // the client sees no reply and answers in its own process
        }
    }

    /** The responder for one set of options and working folder (they fix the policy and the fail level). */
    private Optional<HookResponder> responder(List<String> options, Path cwd) {
        String policy = null;
        String failOn = "error";
        for (String option : options) {
            if (option.startsWith("--policy=")) {
                policy = option.substring("--policy=".length());
            } else if (option.startsWith("--fail-on=")) {
                failOn = option.substring("--fail-on=".length());
            }
        }
        Optional<Severity> level = Severity.parse(failOn);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        String key = String.join("\u0000", options) + "\u0000" + cwd;
        Optional<String> chosen = Optional.ofNullable(policy);
        return Optional.of(responders.computeIfAbsent(key, k -> new HookResponder(guidepost, new HookSettings(chosen,
                level.get(), CacheDirectory.forUser().resolve("hook"), cwd))));
    }

    private void watch(Duration idle) {
        while (true) {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
            boolean idleTooLong = System.nanoTime() - lastCall.get() > idle.toNanos();
            if (idleTooLong || !Files.exists(socket)) {
                stop();
            }
        }
    }

    private void stop() {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // exiting anyway
        }
        System.exit(0);
    }

    private static long idleMinutes() {
        try {
            String value = System.getenv("GUIDEPOST_HOOK_IDLE_MINUTES");
            return value == null || value.isBlank() ? 30 : Math.max(1, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
