package dev.guidepost.report;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An immutable map made whole on the first call of any of its methods, for what only some report
 * formats show (fingerprints, excerpts): a run written as plain text never makes it. The maker is
 * called once, from the thread that first asks, and let go then.
 */
final class MadeOnFirstUse<K, V> extends AbstractMap<K, V> {
    private Supplier<Map<K, V>> maker; // guarded by this; null once made
    private volatile Map<K, V> made;

    MadeOnFirstUse(Supplier<Map<K, V>> maker) {
        this.maker = maker;
    }

    private Map<K, V> made() {
        Map<K, V> map = made;
        if (map == null) {
            synchronized (this) {
                map = made;
                if (map == null) {
                    map = Map.copyOf(maker.get());
                    made = map;
                    maker = null;
                }
            }
        }
        return map;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return made().entrySet();
    }

    @Override
    public V get(Object key) {
        return made().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return made().containsKey(key);
    }

    @Override
    public int size() {
        return made().size();
    }
}
