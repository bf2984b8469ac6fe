package dev.guidepost.hook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.Guidepost;
import dev.guidepost.facts.ClassFact;
import dev.guidepost.facts.ModuleFacts;
import dev.guidepost.facts.ProjectFacts;
import dev.guidepost.policy.Severity;
import dev.guidepost.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsMemoTest {

    private static final ProjectFacts.Demand DEMAND = new ProjectFacts.Demand(true, java.util.Set.of());
    private static final long HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).toEpochMilli() * 1_000_000L;

    private static ModuleFacts classes(String name) {
        return new ModuleFacts(List.of(new ClassFact("a.py", name, 1, List.of(), Map.of(), Map.of(), Map.of(),
                java.util.Set.of())), List.of());
    }

    private static WorkspaceFile file(long size, long modified) {
        return new WorkspaceFile("a.py", Path.of("/repo/a.py"), "python", size, modified);
    }

    @Test
    void reusesAFileWhileItsSizeAndTimeStayAndReadsItAgainWhenEitherChanges() {
        FactsMemo memo = new FactsMemo();
        AtomicInteger reads = new AtomicInteger();

        memo.module(file(10, HOUR_AGO), DEMAND, () -> { reads.incrementAndGet(); return classes("A"); });
        ModuleFacts again = memo.module(file(10, HOUR_AGO), DEMAND, () -> { reads.incrementAndGet(); return classes("X"); });
        ModuleFacts touched = memo.module(file(10, HOUR_AGO + 1), DEMAND, () -> { reads.incrementAndGet(); return classes("B"); });
        ModuleFacts grown = memo.module(file(11, HOUR_AGO + 1), DEMAND, () -> { reads.incrementAndGet(); return classes("C"); });
        ModuleFacts otherDemand = memo.module(file(11, HOUR_AGO + 1), new ProjectFacts.Demand(true, java.util.Set.of("x")),
                () -> { reads.incrementAndGet(); return classes("D"); });

        assertThat(again.classes().get(0).name()).isEqualTo("A");
        assertThat(touched.classes().get(0).name()).isEqualTo("B");
        assertThat(grown.classes().get(0).name()).isEqualTo("C");
        assertThat(otherDemand.classes().get(0).name()).isEqualTo("D");
        assertThat(reads).hasValue(4);
    }

    @Test
    void neverRemembersAFileChangedJustNowOrWithoutATime() {
        FactsMemo memo = new FactsMemo();
        long now = System.currentTimeMillis() * 1_000_000L;
        AtomicInteger reads = new AtomicInteger();

        for (int i = 0; i < 2; i++) {
            memo.module(file(10, now), DEMAND, () -> { reads.incrementAndGet(); return classes("A"); });
            memo.module(new WorkspaceFile("b.py", Path.of("/repo/b.py"), "python", 10), DEMAND,
                    () -> { reads.incrementAndGet(); return classes("B"); });
        }

        assertThat(reads).hasValue(4);
        assertThat(memo.size()).isZero();
    }

    /**
     * Through the hook: a list view's finding depends on its model in another file; the server's
     * memo must see that file change although the event names only the view.
     */
    @Test
    void anEditToAnotherFileTheFactsComeFromIsSeen(@TempDir Path root) throws IOException {
        write(root, "manage.py", "import os\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"config.settings\")\n");
        write(root, "config/settings.py", "INSTALLED_APPS = []\n");
        String model = "from django.db import models\n\n\nclass Customer(models.Model):\n    name = models.CharField(max_length=100)\n\n\n"
                + "class Note(models.Model):\n    text = models.TextField()\n";
        write(root, "apps/orders/models.py", model + "#" + "x".repeat(80) + "\n");
        write(root, "apps/orders/views.py", "from django.views.generic import ListView\n\nfrom apps.orders.models import Note\n\n\n"
                + "class NoteListView(ListView):\n    model = Note\n");
        age(root, "apps/orders/models.py", 60);
        age(root, "apps/orders/views.py", 60);
        FactsMemo memo = new FactsMemo();
        HookResponder responder = new HookResponder(Guidepost.standard().withFactsMemo(memo), new HookSettings(
                Optional.of("builtin:django"), Severity.INFO, root.resolve(".state"), root));
        String event = "{\"hook_event_name\":\"PostToolUse\",\"cwd\":\"" + root + "\",\"tool_name\":\"Edit\","
                + "\"tool_input\":{\"file_path\":\"" + root.resolve("apps/orders/views.py") + "\"}}";

        String before = responder.answer(event).stdout();
        assertThat(memo.size()).isGreaterThanOrEqualTo(2);
        long size = Files.size(root.resolve("apps/orders/models.py"));
        String changed = model + "    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)\n#";
        // the same size: only the modification time tells the change
        write(root, "apps/orders/models.py", changed + "x".repeat((int) size - changed.length() - 1) + "\n");
        assertThat(Files.size(root.resolve("apps/orders/models.py"))).isEqualTo(size);
        age(root, "apps/orders/models.py", 30);
        String after = responder.answer(event).stdout();

        assertThat(before).doesNotContain("django/orm-list-select-related");
        assertThat(after).contains("apps/orders/views.py:6", "django/orm-list-select-related");
        assertThat(responder.answer(event).stdout()).isEqualTo(after);
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void age(Path root, String path, int minutes) throws IOException {
        Files.setLastModifiedTime(root.resolve(path), FileTime.from(Instant.now().minus(minutes, ChronoUnit.MINUTES)));
    }
}
