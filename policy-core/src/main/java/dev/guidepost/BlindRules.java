package dev.guidepost;

import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.engine.CompiledRule;
import dev.guidepost.policy.Glob;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.report.Note;
import dev.guidepost.workspace.Languages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds source rules that can never see a file: every glob of their {@code files} names an
 * extension of another language than the rule's (a TypeScript path left on the default
 * {@code language: python}). Such a rule runs without error and never reports anything, so every
 * report carries a note about it.
 */
final class BlindRules {

    private static final String DEFAULT_LANGUAGE = "python";

    private BlindRules() {
    }

    static List<Note> notes(CompiledPolicy policy) {
        List<Note> notes = new ArrayList<>();
        for (CompiledRule compiled : policy.rules()) {
            RuleDefinition rule = compiled.definition();
            if (!rule.target().equals("source") || rule.selector().includes().isEmpty()) {
                continue;
            }
            Optional<String> written = rule.options().get("language")
                    .filter(YamlNode.Scalar.class::isInstance).map(n -> ((YamlNode.Scalar) n).text());
            String language = written.orElse(DEFAULT_LANGUAGE);
            Set<String> seen = new LinkedHashSet<>();
            boolean reachable = false;
            for (Glob glob : rule.selector().includes()) {
                Optional<String> selected = languageOf(glob.text());
                if (selected.isEmpty() || accepts(language, selected.get())) {
                    reachable = true;
                    break;
                }
                seen.add(selected.get());
            }
            if (!reachable) {
                notes.add(new Note(rule.position().toString(), "rule " + rule.id() + " can never see a file: its files "
                        + "select only " + String.join(" and ", seen) + " files, but its language is " + language
                        + (written.isEmpty() ? " (the default)" : "") + "; set language: " + seen.iterator().next()
                        + " or change files"));
            }
        }
        return notes;
    }

    /** The language every file a glob can match is of, when its last segment fixes the extension. */
    private static Optional<String> languageOf(String glob) {
        String last = glob.substring(glob.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot < 0 || last.substring(dot + 1).matches(".*[*?\\[{].*") || last.substring(dot + 1).isEmpty()) {
            return Optional.empty();
        }
        String language = Languages.of("file." + last.substring(dot + 1));
        return language.isEmpty() ? Optional.of("'." + last.substring(dot + 1) + "'") : Optional.of(language);
    }

    private static boolean accepts(String ruleLanguage, String fileLanguage) {
        return ruleLanguage.equals(fileLanguage) || ruleLanguage.equals("typescript") && fileLanguage.equals("tsx");
    }
}
