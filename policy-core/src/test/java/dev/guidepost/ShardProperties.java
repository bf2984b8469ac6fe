package dev.guidepost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ShardProperties {

    private static List<WorkspaceFile> files(List<Long> sizes) {
        List<WorkspaceFile> files = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            files.add(new WorkspaceFile("f" + i + ".py", Path.of("/r/f" + i + ".py"), "python", sizes.get(i)));
        }
        return files;
    }

    @Property(tries = 200)
    void everyFileIsInExactlyOneShardWhateverTheOrder(@ForAll @Size(max = 60) List<@LongRange(max = 100_000) Long> sizes,
            @ForAll @IntRange(min = 1, max = 7) int count) {
        List<WorkspaceFile> files = files(sizes);
        List<WorkspaceFile> shuffled = new ArrayList<>(files);
        Collections.reverse(shuffled);
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            Set<String> mine = new Shard(i, count).select(files);
            assertThat(new Shard(i, count).select(shuffled)).isEqualTo(mine);
            for (String path : mine) {
                assertThat(seen.add(path)).as("%s in two shards", path).isTrue();
            }
        }
        assertThat(seen).hasSize(files.size());
    }

    @Property(tries = 100)
    void sharesDifferByAtMostTheLargestFile(@ForAll @Size(min = 1, max = 60) List<@LongRange(min = 1, max = 50_000) Long> sizes,
            @ForAll @IntRange(min = 2, max = 5) int count) {
        List<WorkspaceFile> files = files(sizes);
        long largest = sizes.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Long> bytes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Set<String> mine = new Shard(i, count).select(files);
            bytes.add(files.stream().filter(f -> mine.contains(f.path())).mapToLong(WorkspaceFile::size).sum());
        }
        assertThat(Collections.max(bytes) - Collections.min(bytes)).isLessThanOrEqualTo(largest);
    }

    @Test
    void parsesAndRejects() {
        assertThat(Shard.parse(" 2/4 ")).isEqualTo(new Shard(2, 4));
        assertThat(new Shard(1, 3).first()).isTrue();
        assertThatThrownBy(() -> Shard.parse("0/2")).hasMessageContaining("expected I/N with 1 <= I <= N");
        assertThatThrownBy(() -> Shard.parse("two")).hasMessage("invalid shard 'two': expected I/N, such as 2/4");
    }
}
