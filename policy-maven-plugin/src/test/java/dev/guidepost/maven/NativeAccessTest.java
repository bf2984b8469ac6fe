package dev.guidepost.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeAccessTest {

    @Test
    void onlyJdk22AndLaterWithoutTheFlagAreWarnedAbout() {
        assertThat(NativeAccess.warnedAbout(17, List.of())).isFalse();
        assertThat(NativeAccess.warnedAbout(21, List.of("-Xmx1g"))).isFalse();
        assertThat(NativeAccess.warnedAbout(22, List.of("-Xmx1g"))).isTrue();
        assertThat(NativeAccess.warnedAbout(25, List.of("--enable-native-access=ALL-UNNAMED"))).isFalse();
    }
}
