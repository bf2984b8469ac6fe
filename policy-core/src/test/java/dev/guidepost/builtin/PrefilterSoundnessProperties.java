package dev.guidepost.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.CheckRequest;
import dev.guidepost.Guidepost;
import dev.guidepost.engine.CompiledPolicy;
import dev.guidepost.engine.CompiledRule;
import dev.guidepost.engine.FileRuleLogic;
import dev.guidepost.engine.FileSubject;
import dev.guidepost.engine.Parser;
import dev.guidepost.engine.Prefilter;
import dev.guidepost.engine.WorkerState;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The file prefilter of every built-in file rule is sound: whenever a rule reports in a generated
 * Python file, its prefilter accepts that file's text. The snippets mix the code the rules look for
 * with near misses (glued identifiers, other signals, hex literals before keywords, broken syntax).
 */
class PrefilterSoundnessProperties {

    private static final List<CompiledRule> RULES = fileRules();

    private static List<CompiledRule> fileRules() {
        CompiledPolicy django = Guidepost.standard().policy(CheckRequest.of(Path.of(".")).withPolicy("builtin:django"));
        return django.rules().stream().filter(r -> r.logic() instanceof FileRuleLogic).toList();
    }

    private static final List<String> FRAGMENTS = List.of(
            "print(@E)", "@O.print(@E)", "xprint(@E)", "print_(@E)", "print (@E, sep='')", "logger.info(@E)",
            "try:\n    @E\nexcept:\n    pass", "try:\n    @E\nexcept  :\n    pass", "try:\n    @E\nexcept Exception:\n    pass",
            "try:\n    @E\nexcept(ValueError):\n    pass", "try:\n    @E\nexcept", "try:\n    @E\nfinally:\n    pass",
            "@S.connect(@H)", "@S.connect(@H, sender=@C)", "@S.connect(@H, sender=@C, dispatch_uid='@H')",
            "@S.connect(@H, **kw)", "@S.disconnect(@H)", "@O.connect(@H, weak=False)",
            "class @CConfig(AppConfig):\n    def ready(self):\n        @S.connect(@H)",
            "class @CSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = @C\n        depth = @N",
            "class @CSerializer(Serializer):\n    class Meta:\n        depth = 0", "class Meta:\n    depth = 1",
            "admin.site.register(@C)", "admin.site.register(@C, @CAdmin)", "site.register(@C)",
            "my_admin_site.register(@C)", "@O.register(@C)", "admin.site.registered(@C)",
            "if settings.DEBUG:\n    @E", "x = settings.DEBUG", "settings.DEBUG = True", "django.conf.settings.DEBUG",
            "self.DEBUG", "settings.DEBUGGING",
            "@override_settings(DEBUG=True)\ndef test_@H():\n    pass", "with self.settings(DEBUG=True):\n    @E",
            "override_settings(DEBUG=False)", "settings.DEBUG=True",
            "@pytest.mark.django_db\nclass Test@C:\n    pass", "@pytest.mark.django_db\ndef test_@H():\n    pass",
            "@mark.django_db(transaction=True)\nclass Test@C:\n    pass",
            "class Test@C:\n    pytestmark = pytest.mark.django_db", "pytestmark = [pytest.mark.django_db]",
            "from django.conf import settings", "from django.conf import settings as s",
            "from django.conf import global_settings", "from django.conf import (settings)",
            "from django import conf", "import django.conf",
            "class @CAdmin(admin.ModelAdmin):\n    list_display = ['a']", "class @CInline(admin.TabularInline):\n    pass",
            "def test_@H():\n    @C.objects.create()", "def test_@H(db):\n    @CFactory()",
            "class Test@C(TestCase):\n    fixtures = ['a.json']", "class @CViewSet(viewsets.ModelViewSet):\n    queryset = @C.objects.all()",
            "class @CList(ListView):\n    queryset = @C.objects.all()",
            "class @CView(APIView):\n    def get(self, request):\n        return Response(@C.objects.all())",
            "raise ValidationError(@E)", "cursor.execute(@E)", "@C.objects.raw(@E)", "connection.cursor()",
            "x = 0xfor y", "z = 1if a else 2", "@E", "def (:", "class", "é@H = 1", "'''print(1)'''",
            "# print(1)\n", "f'{print}'", "lambda: print");

    private static final List<String> EXPRESSIONS = List.of("1", "x", "'s'", "a.b", "f(x)", "print", "None", "True",
            "settings", "DEBUG", "request.user", "[]", "{}", "x if y else z");

    @Provide
    Arbitrary<String> snippets() {
        Arbitrary<String> fragment = Combinators.combine(Arbitraries.of(FRAGMENTS), Arbitraries.of(EXPRESSIONS),
                Arbitraries.of("obj", "self", "signals", "x1", "printer", "site", "admin"),
                Arbitraries.of("post_save", "signals.pre_delete", "my_signal", "self.signal", "connection", "bus",
                        "request_finished", "user_logged_in"),
                Arbitraries.of("handler", "on_save", "h"), Arbitraries.of("Order", "User", "A"),
                Arbitraries.of("0", "1", "2"))
                .as((f, e, o, s, h, c, n) -> f.replace("@E", e).replace("@O", o).replace("@S", s).replace("@H", h)
                        .replace("@C", c).replace("@N", n));
        Arbitrary<String> placed = Combinators.combine(fragment, Arbitraries.integers().between(0, 3))
                .as((code, where) -> switch (where) {
                    case 0 -> code;
                    case 1 -> "class Wrapper:\n" + indent(code);
                    case 2 -> "def wrapper():\n" + indent(code);
                    default -> "if cond:\n" + indent(code);
                });
        return placed.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("\n", parts) + "\n");
    }

    private static String indent(String code) {
        return "    " + code.replace("\n", "\n    ");
    }

    @Property(tries = 400)
    void aFileWithAFindingAlwaysPassesThePrefilter(@ForAll("snippets") String code) {
        try (Worker worker = new Worker()) {
            for (CompiledRule rule : RULES) {
                FileRuleLogic logic = (FileRuleLogic) rule.logic();
                WorkspaceFile file = new WorkspaceFile("app/tests/test_code.py", Path.of("app/tests/test_code.py"),
                        "python", code.length());
                if (!logic.accepts(file)) {
                    continue;
                }
                List<Object> findings = new ArrayList<>();
                logic.check(new Subject(file, code, worker), (location, message, fix, severity, project, properties) ->
                        findings.add(location));
                if (!findings.isEmpty()) {
                    Statistics.label("rules that report").collect(rule.definition().id());
                    Prefilter filter = logic.prefilter();
                    assertThat(filter.mayMatch(code)).as("%s reports in\n%s\nbut its prefilter %s rejects it",
                            rule.definition().id(), code, filter).isTrue();
                }
            }
        }
    }

    @Test
    void mostBuiltinFileRulesHaveAPrefilterThatRejectsPlainCode() {
        // keeps the property above from being vacuous: the prefilters do reject files
        String plain = "import os\n\n\ndef add(a, b):\n    return a + b\n";
        long rejecting = RULES.stream().filter(r -> !((FileRuleLogic) r.logic()).prefilter().mayMatch(plain)).count();
        assertThat(rejecting).isGreaterThanOrEqualTo(RULES.size() * 2 / 3);
    }

    private static final class Worker implements WorkerState, AutoCloseable {
        private final Map<Object, AutoCloseable> resources = new HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T extends AutoCloseable> T get(Object key, Supplier<T> factory) {
            return (T) resources.computeIfAbsent(key, k -> factory.get());
        }

        @Override
        public void close() {
            resources.values().forEach(r -> {
                try {
                    r.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private record Subject(WorkspaceFile file, String text, Worker worker, Map<Parser<?>, Object> parses)
            implements FileSubject {
        Subject(WorkspaceFile file, String text, Worker worker) {
            this(file, text, worker, new HashMap<>());
        }

        @Override
        public Workspace workspace() {
            return null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T parsed(Parser<T> parser) {
            return (T) parses.computeIfAbsent(parser, p -> parser.parse(file, text, worker));
        }

        @Override
        public void note(String message) {
        }
    }
}
