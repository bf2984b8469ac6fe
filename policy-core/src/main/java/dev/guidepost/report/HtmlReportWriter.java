package dev.guidepost.report;

import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A report to read in a browser: one self-contained HTML file (styles, chart and script inline;
 * nothing loaded from the network) with the totals by severity, by rule and by sub-project as bar
 * charts, then the findings grouped by file, each with its lines of code, message, fix hint and the
 * rule's rationale. A filter box and severity toggles narrow the findings; without JavaScript the
 * whole report is still there, only the controls are hidden. The same report always gives the
 * same bytes.
 */
public final class HtmlReportWriter implements ReportWriter {

    /** How many rules and sub-projects the charts show before "and N more". */
    static final int CHART_ROWS = 15;

    @Override
    public void write(Report report, Appendable out) throws IOException {
        Page page = new Page(out);
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .raw("<title>").text("Guidepost report: " + report.policyName()).raw("</title>\n")
                .raw("<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n");
        header(report, page);
        totals(report, page);
        controls(page);
        findings(report, page);
        notes(report, page);
        page.raw("<script>\n").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
    }

    private static void header(Report report, Page page) throws IOException {
        page.raw("<header>\n<h1>Guidepost report</h1>\n<p class=\"meta\">Policy <strong>").text(report.policyName())
                .raw("</strong> · ").text(report.filesScanned() + " files checked with " + report.rules().size()
                        + " rules · Guidepost " + report.toolVersion());
        if (report.suppressed() > 0) {
            page.raw(" · ").text(report.suppressed() + (report.suppressed() == 1 ? " finding" : " findings")
                    + " suppressed inline");
        }
        if (report.baseline().isPresent()) {
            BaselineSummary baseline = report.baseline().get();
            page.raw(" · ").text("baseline " + baseline.file() + ": " + baseline.baselined() + " known not shown, "
                    + baseline.fixed() + " fixed since");
        }
        page.raw("</p>\n</header>\n");
    }

    private static void totals(Report report, Page page) throws IOException {
        Map<Severity, Integer> counts = report.counts();
        int total = report.findings().size();
        page.raw("<section id=\"totals\" aria-label=\"Totals\">\n<h2>")
                .text(total == 0 ? "No problems found" : total + (total == 1 ? " problem" : " problems"))
                .raw("</h2>\n<ul class=\"severities\">\n");
        for (Severity severity : Severity.values()) {
            page.raw("<li class=\"total ").raw(severity.label()).raw("\" data-severity=\"").raw(severity.label())
                    .raw("\"><span class=\"count\">").text(String.valueOf(counts.get(severity)))
                    .raw("</span> <span class=\"label\">").text(severity.label()).raw("</span></li>\n");
        }
        page.raw("</ul>\n");
        if (total > 0) {
            severityBar(counts, total, page);
            Map<String, Map<Severity, Integer>> byRule = new TreeMap<>();
            Map<String, Map<Severity, Integer>> byProject = new TreeMap<>();
            for (Finding finding : report.findings()) {
                byRule.computeIfAbsent(finding.ruleId(), k -> new LinkedHashMap<>()).merge(finding.severity(), 1,
                        Integer::sum);
                String project = finding.project().isEmpty() ? "(outside every project)"
                        : finding.project().equals(".") ? "(root)" : finding.project();
                byProject.computeIfAbsent(project, k -> new LinkedHashMap<>()).merge(finding.severity(), 1,
                        Integer::sum);
            }
            page.raw("<div class=\"charts\">\n");
            chart("By rule", "Rule", "by-rule", byRule, page);
            chart("By sub-project", "Sub-project", "by-project", byProject, page);
            page.raw("</div>\n");
        }
        page.raw("</section>\n");
    }

    /** One bar split by severity, as an inline SVG. */
    private static void severityBar(Map<Severity, Integer> counts, int total, Page page) throws IOException {
        page.raw("<svg class=\"bar\" viewBox=\"0 0 1000 24\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .text(describe(counts)).raw("\">");
        double x = 0;
        for (Severity severity : Severity.values()) {
            int count = counts.get(severity);
            if (count == 0) {
                continue;
            }
            double width = 1000.0 * count / total;
            page.raw("<rect class=\"").raw(severity.label()).raw("\" x=\"").raw(number(x)).raw("\" y=\"0\" width=\"")
                    .raw(number(width)).raw("\" height=\"24\"><title>").text(count + " " + severity.label())
                    .raw("</title></rect>");
            x += width;
        }
        page.raw("</svg>\n");
    }

    /** A table of counts with a bar per row, the largest first. */
    private static void chart(String title, String column, String id, Map<String, Map<Severity, Integer>> rows,
            Page page)
            throws IOException {
        List<Map.Entry<String, Map<Severity, Integer>>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, Map<Severity, Integer>> e) -> -sum(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        int max = sorted.isEmpty() ? 1 : sum(sorted.get(0).getValue());
        page.raw("<table class=\"chart\" id=\"").raw(id).raw("\">\n<caption>").text(title)
                .raw("</caption>\n<thead><tr><th scope=\"col\">").text(column)
                .raw("</th><th scope=\"col\">Findings</th><th scope=\"col\" class=\"graph\">Share</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Map<Severity, Integer>> row : sorted.subList(0, Math.min(CHART_ROWS, sorted.size()))) {
            int count = sum(row.getValue());
            page.raw("<tr><th scope=\"row\">").text(row.getKey()).raw("</th><td class=\"num\">")
                    .text(String.valueOf(count)).raw("</td><td class=\"graph\"><span class=\"bars\" title=\"")
                    .text(describe(row.getValue())).raw("\">");
            for (Severity severity : Severity.values()) {
                int n = row.getValue().getOrDefault(severity, 0);
                if (n > 0) {
                    page.raw("<span class=\"b ").raw(severity.label()).raw("\" style=\"width:")
                            .raw(number(100.0 * n / max)).raw("%\"></span>");
                }
            }
            page.raw("</span></td></tr>\n");
        }
        if (sorted.size() > CHART_ROWS) {
            int rest = sorted.subList(CHART_ROWS, sorted.size()).stream().mapToInt(e -> sum(e.getValue())).sum();
            page.raw("<tr class=\"more\"><th scope=\"row\">").text("and " + (sorted.size() - CHART_ROWS) + " more")
                    .raw("</th><td class=\"num\">").text(String.valueOf(rest)).raw("</td><td></td></tr>\n");
        }
        page.raw("</tbody>\n</table>\n");
    }

    private static void controls(Page page) throws IOException {
        page.raw("<form id=\"controls\" hidden onsubmit=\"return false\">\n")
                .raw("<label>Filter <input type=\"search\" id=\"filter\" placeholder=\"path, rule or text\" "
                        + "autocomplete=\"off\"></label>\n");
        for (Severity severity : Severity.values()) {
            page.raw("<label class=\"toggle ").raw(severity.label()).raw("\"><input type=\"checkbox\" checked "
                    + "name=\"severity\" value=\"").raw(severity.label()).raw("\"> ").text(severity.label())
                    .raw("</label>\n");
        }
        page.raw("<output id=\"shown\" aria-live=\"polite\"></output>\n</form>\n");
    }

    private static void findings(Report report, Page page) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : report.findings()) {
            byFile.computeIfAbsent(finding.location().path(), p -> new ArrayList<>()).add(finding);
        }
        page.raw("<main id=\"findings\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            page.raw("<section class=\"file\" data-path=\"").text(file.getKey()).raw("\">\n<h3>")
                    .text(file.getKey().equals(".") ? ". (repository root)" : file.getKey())
                    .raw(" <span class=\"n\">").text(String.valueOf(file.getValue().size())).raw("</span></h3>\n");
            for (Finding finding : file.getValue()) {
                finding(report, finding, page);
            }
            page.raw("</section>\n");
        }
        page.raw("<p id=\"nothing\" hidden>No finding matches the filter.</p>\n</main>\n");
    }

    private static void finding(Report report, Finding finding, Page page) throws IOException {
        Location at = finding.location();
        Optional<RuleDefinition> rule = report.rule(finding.ruleId());
        String severity = finding.severity().label();
        String search = String.join("\n", at.path(), finding.ruleId(), finding.message(), finding.fix(),
                finding.project()).toLowerCase(Locale.ROOT);
        page.raw("<article class=\"finding ").raw(severity).raw("\" data-severity=\"").raw(severity)
                .raw("\" data-rule=\"").text(finding.ruleId()).raw("\" data-search=\"").text(search).raw("\">\n")
                .raw("<p class=\"head\"><span class=\"sev ").raw(severity).raw("\">").text(severity)
                .raw("</span> <span class=\"pos\">").text(position(at)).raw("</span> <span class=\"msg\">")
                .text(finding.message()).raw("</span> <code class=\"rule\">").text(finding.ruleId()).raw("</code>");
        if (finding.placedOutsideItsProject()) {
            page.raw(" <span class=\"for\">").text("for " + finding.project()).raw("</span>");
        }
        page.raw("</p>\n");
        List<String> lines = report.excerpt(finding);
        if (!lines.isEmpty()) {
            page.raw("<pre class=\"code\">");
            for (int i = 0; i < lines.size(); i++) {
                page.raw("<span class=\"ln\">").text(String.valueOf(at.startLine() + i)).raw("</span>")
                        .text(lines.get(i)).raw("\n");
            }
            page.raw("</pre>\n");
        }
        if (!finding.fix().isBlank()) {
            page.raw("<p class=\"fix\"><strong>Fix:</strong> ").text(finding.fix()).raw("</p>\n");
        }
        if (rule.isPresent() && (!rule.get().rationale().isBlank() || !rule.get().title().isBlank())) {
            page.raw("<details class=\"why\"><summary>Why: ").text(rule.get().title().isBlank() ? rule.get().id()
                    : rule.get().title()).raw("</summary>\n<p>").text(rule.get().rationale().strip()).raw("</p>");
            if (!rule.get().helpUri().isBlank()) {
                page.raw("<p><a href=\"").text(rule.get().helpUri()).raw("\">More about this rule</a></p>");
            }
            page.raw("</details>\n");
        }
        page.raw("</article>\n");
    }

    private static void notes(Report report, Page page) throws IOException {
        if (report.notes().isEmpty()) {
            return;
        }
        page.raw("<section id=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
        for (Note note : report.notes()) {
            page.raw("<li><code>").text(note.path()).raw("</code>: ").text(note.message()).raw("</li>\n");
        }
        page.raw("</ul>\n</section>\n");
    }

    private static String position(Location at) {
        if (!at.hasLine()) {
            return "folder";
        }
        return at.startColumn() > 0 ? "line " + at.startLine() + ":" + at.startColumn() : "line " + at.startLine();
    }

    private static int sum(Map<Severity, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String describe(Map<Severity, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int n = counts.getOrDefault(severity, 0);
            if (n > 0) {
                parts.add(n + " " + severity.label());
            }
        }
        return String.join(", ", parts);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Appends markup as is and text escaped. */
    private static final class Page {
        private final Appendable out;

        Page(Appendable out) {
            this.out = out;
        }

        Page raw(String markup) throws IOException {
            out.append(markup);
            return this;
        }

        Page text(String text) throws IOException {
            StringBuilder escaped = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '&' -> escaped.append("&amp;");
                    case '"' -> escaped.append("&quot;");
                    case '\'' -> escaped.append("&#39;");
                    case '\r' -> { }
                    default -> escaped.append(c);
                }
            }
            out.append(escaped);
            return this;
        }
    }

    private static final String STYLE = """
            :root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --muted: #5f6b7a; --line: #e3e7ed; }
            * { box-sizing: border-box; }
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto;
                   max-width: 72rem; padding: 1.5rem; color: #1d2430; background: #fff; }
            h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
            h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
            h3 { font-size: 1rem; margin: 0; padding: .5rem .75rem; background: #f4f6f9; border-bottom: 1px solid var(--line);
                 font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
            .meta { color: var(--muted); margin: 0; }
            .severities { list-style: none; display: flex; gap: .75rem; padding: 0; margin: .5rem 0; }
            .total { border: 1px solid var(--line); border-left: 6px solid; border-radius: 6px; padding: .4rem .9rem; }
            .total .count { font-size: 1.5rem; font-weight: 700; }
            .total.error, .b.error, rect.error { border-color: var(--error); background: var(--error); fill: var(--error); }
            .total.warning, .b.warning, rect.warning { border-color: var(--warning); background: var(--warning); fill: var(--warning); }
            .total.info, .b.info, rect.info { border-color: var(--info); background: var(--info); fill: var(--info); }
            .total.error, .total.warning, .total.info { background: #fff; }
            svg.bar { width: 100%; height: 14px; display: block; border-radius: 4px; margin: .5rem 0 1rem; }
            .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1.5rem; align-items: start; }
            table.chart { border-collapse: collapse; width: 100%; }
            table.chart caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
            table.chart th, table.chart td { padding: .2rem .4rem; border-bottom: 1px solid var(--line); text-align: left;
                 font-weight: normal; vertical-align: middle; }
            table.chart thead th { color: var(--muted); font-size: .85rem; }
            table.chart tbody th { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; overflow-wrap: anywhere; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; width: 4rem; }
            td.graph, th.graph { width: 40%; }
            .bars { display: flex; height: .8rem; }
            .b { display: inline-block; height: 100%; }
            #controls { position: sticky; top: 0; background: #fff; padding: .6rem 0; display: flex; flex-wrap: wrap;
                 gap: 1rem; align-items: center; border-bottom: 1px solid var(--line); z-index: 1; }
            #controls[hidden] { display: none; }
            #filter { font: inherit; padding: .3rem .5rem; width: 20rem; max-width: 100%; }
            .toggle { user-select: none; }
            #shown { color: var(--muted); }
            section.file { border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; overflow: hidden; }
            .n { color: var(--muted); font-weight: normal; }
            article.finding { padding: .6rem .75rem; border-top: 1px solid var(--line); }
            section.file h3 + article.finding { border-top: none; }
            .head { margin: 0; }
            .sev { display: inline-block; min-width: 4.5rem; text-align: center; color: #fff; border-radius: 4px;
                   font-size: .8rem; padding: 0 .3rem; text-transform: uppercase; letter-spacing: .03em; }
            .sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
            .pos { color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
            .rule { color: var(--muted); font-size: .85rem; }
            .for { color: var(--muted); font-style: italic; }
            pre.code { background: #f7f8fa; border: 1px solid var(--line); border-radius: 4px; padding: .4rem .6rem;
                 overflow-x: auto; margin: .5rem 0; font-size: .85rem; }
            .ln { display: inline-block; min-width: 3rem; color: var(--muted); user-select: none; }
            .fix { margin: .3rem 0; }
            details.why { color: #39424e; margin: .3rem 0 0; }
            details.why summary { cursor: pointer; color: var(--muted); }
            details.why p { margin: .3rem 0 0 1rem; white-space: pre-wrap; }
            .hidden { display: none; }
            @media print { #controls { display: none; } details.why { display: block; } }
            """;

    private static final String SCRIPT = """
            (function () {
              var form = document.getElementById('controls');
              var filter = document.getElementById('filter');
              var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name=severity]'));
              var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
              var files = Array.prototype.slice.call(document.querySelectorAll('section.file'));
              var shown = document.getElementById('shown');
              var nothing = document.getElementById('nothing');
              form.hidden = false;
              function update() {
                var words = filter.value.toLowerCase().split(/\\s+/).filter(function (w) { return w; });
                var severities = {};
                boxes.forEach(function (b) { severities[b.value] = b.checked; });
                var count = 0;
                findings.forEach(function (f) {
                  var text = f.getAttribute('data-search');
                  var visible = severities[f.getAttribute('data-severity')]
                      && words.every(function (w) { return text.indexOf(w) >= 0; });
                  f.classList.toggle('hidden', !visible);
                  if (visible) { count++; }
                });
                files.forEach(function (s) {
                  s.classList.toggle('hidden', !s.querySelector('article.finding:not(.hidden)'));
                });
                shown.textContent = count + ' of ' + findings.length + ' findings shown';
                nothing.hidden = count > 0 || findings.length === 0;
              }
              filter.addEventListener('input', update);
              boxes.forEach(function (b) { b.addEventListener('change', update); });
              update();
            })();
            """;
}
