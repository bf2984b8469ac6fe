package dev.guidepost;

import dev.guidepost.engine.Check;
import dev.guidepost.engine.CheckRegistry;
import dev.guidepost.engine.CompileContext;
import dev.guidepost.engine.FileRuleLogic;
import dev.guidepost.engine.FileSubject;
import dev.guidepost.engine.FindingSink;
import dev.guidepost.engine.RuleLogic;
import dev.guidepost.engine.WorkspaceRuleLogic;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.policy.Option;
import dev.guidepost.policy.Options;
import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.report.Location;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.List;
import java.util.Set;

/** A test check: target {@code word} flags every occurrence of its {@code word} option. */
final class WordCheck implements Check {

    /** A registry with this check and {@link RootCheck}. */
    static CheckRegistry registry() {
        return new CheckRegistry(List.of(new WordCheck(), new RootCheck()));
    }

    @Override
    public String target() {
        return "word";
    }

    @Override
    public Options options() {
        return Options.of(Option.node("word", "a word", "the word to flag"));
    }

    @Override
    public RuleLogic compile(RuleDefinition rule, CompileContext context) {
        String word = context.options().requiredString("word");
        return new FileRuleLogic() {
            @Override
            public boolean accepts(WorkspaceFile file) {
                return true;
            }

            @Override
            public Set<String> requiredWords() {
                return Set.of(word);
            }

            @Override
            public void check(FileSubject subject, FindingSink sink) {
                String[] lines = subject.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    int at = lines[i].indexOf(word);
                    if (at >= 0) {
                        sink.report(new Location(subject.file().path(), i + 1, at + 1, i + 1, at + 1 + word.length()));
                    }
                }
            }
        };
    }

    /** Target {@code root}: a workspace rule that always reports the root folder. */
    static final class RootCheck implements Check {
        @Override
        public String target() {
            return "root";
        }

        @Override
        public Options options() {
            return Options.of();
        }

        @Override
        public RuleLogic compile(RuleDefinition rule, CompileContext context) {
            return (WorkspaceRuleLogic) (subject, sink) -> sink.report(Location.file("."));
        }
    }
}
