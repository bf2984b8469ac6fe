package dev.guidepost.hook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.GuidepostException;
import dev.guidepost.engine.CommandRuleLogic;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.engine.CompiledRule;
import dev.guidepost.engine.FileRuleLogic;
import dev.guidepost.policy.PolicyException;
import dev.guidepost.policy.Severity;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers one Claude Code hook event with the policy of the repository it happens in.
 *
 * <ul>
 * <li>{@code PreToolUse} of Bash: the policy's {@code command} rules decide. A command an error rule
 *     catches is denied, one a warning rule catches is asked about, each with the rules' messages as
 *     the reason; otherwise there is no reply and Claude Code's own permission rules decide.</li>
 * <li>{@code PostToolUse} of Edit, Write, MultiEdit or NotebookEdit: the touched file is checked with
 *     the policy's file rules and the repository-wide rules that report on such a file (layout
 *     rules; Markdown rules for a Markdown file; settings rules for a Claude Code settings file).
 *     Findings at or above the fail level go back to the assistant as a located list with fix hints
 *     ({@code "decision": "block"}); otherwise there is no reply.</li>
 * <li>{@code Stop}: the files changed since the session began are checked the same way; findings at
 *     or above the fail level ask the assistant to go on with the list, unless it is already going
 *     on because of a Stop hook ({@code stop_hook_active}): then the user is told instead.</li>
 * <li>{@code SessionStart} notes the session's start; any other event gets no reply.</li>
 * </ul>
 *
 * Nothing here ever blocks because of Guidepost's own trouble: input that is not an event, a policy
 * with mistakes or an internal error give no reply (exit 0) and a note on standard error.
 * Thread-safe: one responder may answer many events at once and keeps compiled policies between
 * them.
 */
public final class HookResponder {

    /** The tools whose PostToolUse event names a file that was just written. */
    public static final Set<String> EDIT_TOOLS = Set.of("Edit", "Write", "MultiEdit", "NotebookEdit");
    private static final int LISTED = 15;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Guidepost guidepost;
    private final HookSettings settings;
    private final ConcurrentHashMap<String, CachedPolicy> policies = new ConcurrentHashMap<>();

    private record CachedPolicy(long stamp, CompiledPolicy policy) {
    }

    public HookResponder(Guidepost guidepost, HookSettings settings) {
        this.guidepost = guidepost;
        this.settings = settings;
    }

    /** The reply to one event, given as the JSON text Claude Code sent. Never throws. */
    public HookReply answer(String input) {
        HookEvent event;
        try {
            event = HookEvent.parse(input);
        } catch (IllegalArgumentException e) {
            return HookReply.note(e.getMessage() + "; no reply, Claude Code goes on as without this hook");
        }
        try {
            return switch (event.name()) {
                case "PreToolUse" -> beforeTool(event);
                case "PostToolUse" -> afterTool(event);
                case "Stop", "SubagentStop" -> beforeStop(event);
                case "SessionStart" -> sessionStart(event);
                default -> HookReply.note("event " + event.name() + " is not one Guidepost answers; no reply");
            };
        } catch (PolicyException e) {
            return HookReply.note("the policy has " + e.problems().size() + " problem(s), so no answer was given"
                    + " (run guidepost check to see them): " + e.problems().get(0));
        } catch (GuidepostException e) {
            return HookReply.note(e.getMessage() + "; no answer was given");
        } catch (RuntimeException | IOException e) {
            return HookReply.note("internal error, no answer was given (please report it): " + e);
        }
    }

    private HookReply beforeTool(HookEvent event) throws IOException {
        Path root = root(event);
        begin(root, event);
        if (!"Bash".equals(event.toolName()) || event.command().isBlank()) {
            return HookReply.silent();
        }
        List<String> denying = new ArrayList<>();
        List<String> asking = new ArrayList<>();
        for (CompiledRule rule : policy(root).rules()) {
            if (rule.logic() instanceof CommandRuleLogic logic) {
                Severity severity = rule.definition().severity();
                if (severity == Severity.INFO) {
                    continue;
                }
                logic.match(event.command()).ifPresent(part -> (severity == Severity.ERROR ? denying : asking)
                        .add(reason(rule, part)));
            }
        }
        if (denying.isEmpty() && asking.isEmpty()) {
            return HookReply.silent();
        }
        boolean deny = !denying.isEmpty();
        ObjectNode specific = JSON.createObjectNode();
        specific.put("hookEventName", "PreToolUse");
        specific.put("permissionDecision", deny ? "deny" : "ask");
        specific.put("permissionDecisionReason", String.join("\n", deny ? denying : asking));
        ObjectNode reply = JSON.createObjectNode();
        reply.set("hookSpecificOutput", specific);
        return HookReply.json(reply.toString());
    }

    private static String reason(CompiledRule rule, String part) {
        var definition = rule.definition();
        String text = "Guidepost policy, " + definition.id() + ": " + definition.message() + " (in '" + part + "').";
        return definition.fix().isBlank() ? text : text + " " + definition.fix().strip();
    }

    private HookReply afterTool(HookEvent event) throws IOException {
        Path root = root(event);
        begin(root, event);
        if (!EDIT_TOOLS.contains(event.toolName()) || event.filePath().isBlank()) {
            return HookReply.silent();
        }
        Path file = Path.of(event.cwd().isBlank() ? settings.workingDirectory().toString() : event.cwd())
                .resolve(event.filePath()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return HookReply.silent();
        }
        String path = root.relativize(file).toString().replace('\\', '/');
        if (event.session().isPresent()) {
            new SessionLog(settings.stateDirectory(), root).touched(event.sessionId(), path);
        }
        List<Finding> findings = blocking(root, List.of(path), forFile(policy(root), path));
        if (findings.isEmpty()) {
            return HookReply.silent();
        }
        return block(findings.size() == 1
                ? "Guidepost: this edit leaves a problem the policy does not accept in " + path + "; fix it now:"
                : "Guidepost: this edit leaves " + findings.size() + " problems the policy does not accept in " + path
                        + "; fix them now:", findings);
    }

    private HookReply beforeStop(HookEvent event) throws IOException {
        Path root = root(event);
        if (event.session().isEmpty()) {
            return HookReply.note("the Stop event has no session_id, so what changed in the session is unknown");
        }
        SessionLog log = new SessionLog(settings.stateDirectory(), root);
        List<String> changed = log.changed(root, event.sessionId()).stream()
                .filter(p -> Files.isRegularFile(root.resolve(p))).toList();
        log.begin(root, event.sessionId());
        if (changed.isEmpty()) {
            return HookReply.silent();
        }
        List<Finding> findings = blocking(root, changed, policy(root));
        if (findings.isEmpty()) {
            return HookReply.silent();
        }
        String remain = findings.size() == 1 ? "1 problem remains" : findings.size() + " problems remain";
        if (event.stopHookActive()) {
            // the assistant already went on once because of a Stop hook: asking again could loop forever
            ObjectNode reply = JSON.createObjectNode();
            reply.put("systemMessage", "Guidepost: " + remain + " (" + settings.failOn().label()
                    + " or above) in the files changed in this session; guidepost check lists them.");
            return HookReply.json(reply.toString());
        }
        return block("Guidepost: the task is not done while the policy's checks fail; " + remain + " in the files"
                + " changed in this session. Fix, then finish:", findings);
    }

    private HookReply sessionStart(HookEvent event) throws IOException {
        begin(root(event), event);
        return HookReply.silent();
    }

    private void begin(Path root, HookEvent event) throws IOException {
        if (event.session().isPresent()) {
            new SessionLog(settings.stateDirectory(), root).begin(root, event.sessionId());
        }
    }

    private HookReply block(String heading, List<Finding> findings) {
        StringBuilder reason = new StringBuilder(heading);
        for (Finding finding : findings.subList(0, Math.min(LISTED, findings.size()))) {
            reason.append("\n- ").append(finding.location()).append(' ').append(finding.ruleId()).append(": ")
                    .append(finding.message());
            if (finding.fix() != null && !finding.fix().isBlank()) {
                reason.append("\n  fix: ").append(finding.fix().strip());
            }
        }
        if (findings.size() > LISTED) {
            reason.append("\n- and ").append(findings.size() - LISTED).append(" more (guidepost check lists them all)");
        }
        ObjectNode reply = JSON.createObjectNode();
        reply.put("decision", "block");
        reply.put("reason", reason.toString());
        return HookReply.json(reply.toString());
    }

    private List<Finding> blocking(Path root, List<String> paths, CompiledPolicy policy) {
        CheckRequest request = CheckRequest.of(root).withWorkingDirectory(root).withPaths(paths).withThreads(1);
        Report report = guidepost.check(request, policy);
        return report.findings().stream().filter(f -> f.severity().isAtLeast(settings.failOn())).toList();
    }

    /**
     * The rules that can report on one file: its file rules, layout rules, Markdown rules for a
     * Markdown file and settings rules for a Claude Code settings file. Other repository-wide rules
     * report on other files (a CLAUDE.md, a settings file) whatever this file holds.
     */
    static CompiledPolicy forFile(CompiledPolicy policy, String path) {
        boolean markdown = path.toLowerCase(java.util.Locale.ROOT).endsWith(".md");
        boolean settingsFile = path.matches("(.*/)?\\.claude/settings(\\.local)?\\.json");
        List<CompiledRule> rules = policy.rules().stream().filter(rule -> switch (rule.definition().target()) {
            case "layout" -> true;
            case "markdown" -> markdown;
            case "settings" -> settingsFile;
            case "command" -> false;
            default -> rule.logic() instanceof FileRuleLogic;
        }).toList();
        return new CompiledPolicy(policy.policy(), rules);
    }

    /** The repository an event happens in: the nearest folder up from its cwd with .git or guidepost.yaml. */
    private Path root(HookEvent event) {
        Path start = event.cwd().isBlank() ? settings.workingDirectory()
                : settings.workingDirectory().resolve(event.cwd());
        start = start.toAbsolutePath().normalize();
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git")) || Files.isRegularFile(folder.resolve(Guidepost.POLICY_FILE))) {
                return folder;
            }
        }
        return start;
    }

    /** The compiled policy of a repository, kept while its guidepost.yaml is unchanged. */
    private CompiledPolicy policy(Path root) throws IOException {
        Path local = root.resolve(Guidepost.POLICY_FILE);
        long stamp = Files.isRegularFile(local) ? Files.getLastModifiedTime(local).toMillis() : -1;
        String key = root + "\u0000" + settings.policy().orElse("");
        CachedPolicy cached = policies.get(key);
        if (cached != null && cached.stamp() == stamp) {
            return cached.policy();
        }
        CheckRequest request = CheckRequest.of(root).withWorkingDirectory(settings.workingDirectory());
        if (settings.policy().isPresent()) {
            request = request.withPolicy(settings.policy().get());
        }
        CompiledPolicy compiled = guidepost.policy(request);
        policies.put(key, new CachedPolicy(stamp, compiled));
        return compiled;
    }
}
