package dev.guidepost.check.settings;

/**
 * Decides, soundly, whether a deny or ask rule catches every use an allow rule could allow. It
 * answers true only when containment is certain: the deny/ask rule names the whole tool; or both
 * are Bash rules and the allowed command set lies inside the caught one by prefix containment
 * ({@code git:*} covers {@code git push:*}, {@code git push*} covers {@code git push --force});
 * or the specifiers are identical; or an MCP server rule covers a tool of that server.
 * Overlap without containment ({@code git *} vs {@code * --force}) is never reported.
 */
public final class Shadowing {

    private Shadowing() {
    }

    /** Does {@code catcher} (deny or ask) catch every use that {@code allowed} could allow? */
    public static boolean covers(PermissionRule catcher, PermissionRule allowed) {
        if (catcher.isMcp() || allowed.isMcp()) {
            return catcher.isMcp() && allowed.isMcp() && coversMcp(catcher.tool(), allowed.tool());
        }
        if (!catcher.tool().equals(allowed.tool())) {
            return false;
        }
        if (catcher.isWholeTool()) {
            return true;
        }
        if (allowed.isWholeTool()) {
            return false;
        }
        String catchSpec = catcher.specifier().orElseThrow();
        String allowSpec = allowed.specifier().orElseThrow();
        if (catchSpec.equals(allowSpec)) {
            return true;
        }
        if (RuleMatcher.isShell(catcher.tool())) {
            return coversCommands(BashPattern.of(catchSpec), BashPattern.of(allowSpec));
        }
        return false;
    }

    static boolean coversCommands(BashPattern catcher, BashPattern allowed) {
        if (catcher.matchesEverything()) {
            return true;
        }
        if (allowed.form() == BashPattern.Form.EXACT) {
            String command = allowed.literal();
            return catcher.matches(command) || ShellCommand.split(command).stream().anyMatch(catcher::matches);
        }
        if (catcher.form() == BashPattern.Form.EXACT) {
            return false;
        }
        boolean allowedBoundary = allowed.wordBoundaryTail();
        String allowedLiteral = allowed.literal();
        if (catcher.wordBoundaryTail()) {
            String p = catcher.literal();
            // catches p itself and "p " + anything
            if (allowedBoundary) {
                return allowedLiteral.equals(p) || allowedLiteral.startsWith(p + " ");
            }
            return allowedLiteral.startsWith(p + " ");
        }
        if (catcher.isTrailingStarOnly()) {
            // catches everything that starts with p
            return allowedLiteral.startsWith(catcher.literal());
        }
        return false;
    }

    private static boolean coversMcp(String catcher, String allowed) {
        String c = catcher.endsWith("__*") ? catcher.substring(0, catcher.length() - 3) : catcher;
        boolean serverWide = c.substring("mcp__".length()).split("__", 2).length == 1;
        if (serverWide) {
            String a = allowed.endsWith("__*") ? allowed.substring(0, allowed.length() - 3) : allowed;
            return a.equals(c) || a.startsWith(c + "__");
        }
        return c.equals(allowed);
    }
}
