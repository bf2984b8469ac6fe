package dev.guidepost.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link FileChange} as a unified diff ({@code diff -u} / {@code git diff} style, three
 * lines of context, {@code a/} and {@code b/} prefixes, {@code /dev/null} for a new file), so that
 * {@code git apply} and {@code patch -p1} accept it. Lines are compared with a Myers diff.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of one change; empty when it changes nothing. */
    public static String render(FileChange change) {
        String before = change.before().orElse("");
        if (change.isNoop()) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(change.after());
        List<Edit> script = diff(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(change.creates() ? "/dev/null" : "a/" + change.path()).append('\n');
        out.append("+++ b/").append(change.path()).append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind == Kind.KEEP) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes are closer than 2 * CONTEXT lines apart
            int lastChange = i;
            for (int j = i; j < script.size(); j++) {
                if (script.get(j).kind != Kind.KEEP) {
                    lastChange = j;
                } else if (j - lastChange > 2 * CONTEXT) {
                    break;
                }
                end = j;
            }
            end = Math.min(script.size() - 1, lastChange + CONTEXT);
            hunk(out, script.subList(start, end + 1));
            i = end + 1;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Edit> edits) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        for (Edit edit : edits) {
            if (edit.kind != Kind.INSERT) {
                aStart = aStart < 0 ? edit.aLine : aStart;
                aCount++;
            }
            if (edit.kind != Kind.DELETE) {
                bStart = bStart < 0 ? edit.bLine : bStart;
                bCount++;
            }
        }
        Edit first = edits.get(0);
        if (aStart < 0) {
            aStart = first.aLine - 1;
        }
        if (bStart < 0) {
            bStart = first.bLine - 1;
        }
        out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
        for (Edit edit : edits) {
            char sign = switch (edit.kind) {
                case KEEP -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            };
            String text = edit.text;
            boolean noNewline = !text.endsWith("\n");
            out.append(sign).append(noNewline ? text : text.substring(0, text.length() - 1)).append('\n');
            if (noNewline) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int start, int count) {
        if (count == 0) {
            return start + ",0";
        }
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /** The lines of a text, each with its line break (the last may have none). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    private enum Kind { KEEP, DELETE, INSERT }

    /** One line of the edit script; {@code aLine}/{@code bLine} are 1-based positions in each text. */
    private record Edit(Kind kind, String text, int aLine, int bLine) {
    }

    /** Myers' O((N+M)D) shortest edit script. */
    static List<Edit> diff(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
                    x = v[offset + k + 1];
                } else {
                    x = v[offset + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<Edit> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d >= 0; d--) {
            int[] vd = trace.get(d);
            int k = x - y;
            int prevK;
            if (d == 0) {
                prevK = 0;
            } else if (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) {
                prevK = k + 1;
            } else {
                prevK = k - 1;
            }
            int prevX = d == 0 ? 0 : vd[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(new Edit(Kind.KEEP, a.get(x - 1), x, y));
                x--;
                y--;
            }
            if (d > 0) {
                if (x == prevX) {
                    reversed.add(new Edit(Kind.INSERT, b.get(y - 1), x + 1, y));
                } else {
                    reversed.add(new Edit(Kind.DELETE, a.get(x - 1), x, y + 1));
                }
            }
            x = prevX;
            y = prevY;
        }
        List<Edit> out = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            out.add(reversed.get(i));
        }
        return out;
    }
}
