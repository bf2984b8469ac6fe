package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.Problems;
import dev.guidepost.policy.YamlNode;
import dev.guidepost.policy.YamlReader;
import java.util.List;

/** Test fixture: compiles rule bodies written as YAML and runs them on code. */
final class Rules {

    private Rules() {
    }

    static SourceRule compile(String yaml, SourceLanguage language) {
        Problems problems = new Problems();
        SourceRule rule = compileOrNull(yaml, language, problems);
        assertThat(problems.list()).as("problems compiling %s", yaml).isEmpty();
        assertThat(rule).isNotNull();
        return rule;
    }

    static SourceRule compileOrNull(String yaml, SourceLanguage language, Problems problems) {
        YamlNode node = YamlReader.read("policy.yaml", yaml, problems).orElseThrow();
        return SourceRuleCompiler.compile((YamlNode.Mapping) node, language, problems);
    }

    static List<String> problems(String yaml) {
        Problems problems = new Problems();
        compileOrNull(yaml, SourceLanguage.PYTHON, problems);
        return problems.list().stream().map(Object::toString).toList();
    }

    static List<SourceMatch> find(String yaml, SourceLanguage language, String code) {
        SourceRule rule = compile(yaml, language);
        try (TreeSitterParser parser = new TreeSitterParser()) {
            return rule.find(parser.parse(code, language, rule.nativeQueries()));
        }
    }

    /** The matched texts of a Python rule. */
    static List<String> texts(String yaml, String code) {
        return find(yaml, SourceLanguage.PYTHON, code).stream().map(m -> m.node().text()).toList();
    }

    /** The 1-based lines of a Python rule's matches. */
    static List<Integer> lines(String yaml, String code) {
        return find(yaml, SourceLanguage.PYTHON, code).stream().map(SourceMatch::startLine).toList();
    }
}
