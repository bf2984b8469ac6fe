package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A large generated Django module parses whole: a structural check, not a timing (see bench/ for speed). */
class LargeModuleParseTest {

    static String djangoModule(int classes) {
        StringBuilder out = new StringBuilder("from django.db import models\nfrom django.db.models.signals import post_save\n\n");
        for (int i = 0; i < classes; i++) {
            out.append("""
                    class Order%1$d(models.Model):
                        \"\"\"An order, number %1$d — with ünïcode.\"\"\"
                        name = models.CharField(max_length=200, blank=True)
                        total = models.DecimalField(max_digits=10, decimal_places=2)

                        class Meta:
                            ordering = ["-id"]

                        def compute(self, items, *, rate=0.2):
                            # sum everything up
                            result = 0
                            for item in items:
                                if item.price > 10 and not item.free:
                                    result += item.price * (1 + rate)
                                else:
                                    result -= {"a": 1, "b": [1, 2, 3]}.get(item.kind, 0)
                            try:
                                self.save(update_fields=["total"])
                            except Exception as exc:
                                print(f"failed {exc}")
                            return result

                    post_save.connect(on_save_%1$d, sender=Order%1$d)
                    """.formatted(i));
        }
        return out.toString();
    }

    @Test
    void parsesAFiveThousandLineModuleWhole() {
        String text = djangoModule(220);
        int lines = text.split("\n", -1).length;
        assertThat(lines).isGreaterThan(5000);
        SourceRule rule = Rules.compile("pattern: print($$$ARGS)", SourceLanguage.PYTHON);
        try (TreeSitterParser parser = new TreeSitterParser()) {
            SyntaxTree tree = parser.parse(text, SourceLanguage.PYTHON);
            assertThat(tree.hasSyntaxErrors()).isFalse();
            assertThat(tree.nodesOfKind("class_definition")).hasSize(440);
            assertThat(tree.root().endLine()).isEqualTo(lines);
            assertThat(rule.find(tree)).hasSize(220);
            assertThat(parser.parse(text, SourceLanguage.PYTHON).namedNodes()).hasSameSizeAs(tree.namedNodes());
        }
    }
}
