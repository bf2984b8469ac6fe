package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParseSpeedTest {

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
    void parsesAndConvertsAFiveThousandLineFileQuickly() {
        String text = djangoModule(220);
        int lines = text.split("\n", -1).length;
        assertThat(lines).isGreaterThan(5000);
        SourceRule rule = Rules.compile("pattern: print($$$ARGS)", SourceLanguage.PYTHON);
        try (TreeSitterParser parser = new TreeSitterParser()) {
            for (int i = 0; i < 3; i++) {
                parser.parse(text, SourceLanguage.PYTHON);
            }
            int runs = 5;
            long start = System.nanoTime();
            SyntaxTree tree = null;
            for (int i = 0; i < runs; i++) {
                tree = parser.parse(text, SourceLanguage.PYTHON);
            }
            double ms = (System.nanoTime() - start) / 1e6 / runs;
            long matchStart = System.nanoTime();
            int found = rule.find(tree).size();
            double matchMs = (System.nanoTime() - matchStart) / 1e6;
            System.out.printf("parse+convert: %d lines, %d named nodes: %.1f ms (%.2f ms per kLOC); match: %.2f ms%n",
                    lines, tree.namedNodes().size(), ms, ms * 1000 / lines, matchMs);
            assertThat(found).isEqualTo(220);
            assertThat(ms).isLessThan(2000);
        }
    }
}
